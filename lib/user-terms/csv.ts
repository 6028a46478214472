// CSV as RFC 4180 has it (quoted fields with "" for a quote, CRLF or LF), for My terms' files.

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text, with a BOM so spreadsheet programs read it as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** CSV text to rows; undefined if a quoted field is never closed. Blank lines are dropped. */
export function parseCsv(text: string): string[][] | undefined {
  const src = text.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' && field === '') {
      const close = quotedEnd(src, i + 1);
      if (close < 0) return undefined;
      field = src.slice(i + 1, close).replace(/""/g, '"');
      i = close + 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      if (row.some((f) => f !== '') || row.length > 1) rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  row.push(field);
  if (row.some((f) => f !== '') || row.length > 1) rows.push(row);
  return rows;
}

/** Index of the quote that closes a quoted field opened before `from`, or -1. */
function quotedEnd(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    if (src[i] !== '"') continue;
    if (src[i + 1] === '"') i++;
    else return i;
  }
  return -1;
}
