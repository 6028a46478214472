// Signature blocks: the rows of parties, titles, names, （签名） and 某年某月某日于某地 that
// close a signed instrument, whether printed as two columns or cell by cell.
import { parseSignedAt } from './cn-date';
import type { Signatory, SignedAt } from './types';

// A state's name: 中华人民共和国, 哈萨克斯坦共和国, 土库曼斯坦 …
const STATE = /^(\p{Script=Han}+共和国|\p{Script=Han}+斯坦)/u;
const SIGNED_MARK = /^（(签名|签字)）$/;
const PROSE_MARK = /[，。；：、！？]/;
const DATELINE = /^（[^（）]*电）$/;

export interface SignatureBlock {
  /** Lines [start, end) are the block; lines after it are datelines. */
  start: number;
  end: number;
  signatories: Signatory[];
  signedAt?: SignedAt;
}

/** The signature block at the end of a document's lines, or null when it has none. */
export function findSignatureBlock(lines: readonly string[]): SignatureBlock | null {
  let end = lines.length;
  while (end > 0 && DATELINE.test(lines[end - 1]!)) end--;
  let runStart = end;
  while (runStart > 0 && !PROSE_MARK.test(lines[runStart - 1]!)) runStart--;
  const offset = lines.slice(runStart, end).findIndex((line) => STATE.test(line));
  if (offset < 0) return null;
  const start = runStart + offset;
  const rows = lines.slice(start, end);
  const signedAt = rows.map(parseSignedAt).find((s) => s !== null);
  return {
    start,
    end,
    signatories: readSignatories(rows.filter((row) => parseSignedAt(row) === null)),
    ...(signedAt ? { signedAt } : {}),
  };
}

/**
 * Reads the cells in order: n parties (each optionally followed by its title in the same
 * cell, 中华人民共和国主席), then n titles unless already given, then n names.
 */
export function readSignatories(rows: readonly string[]): Signatory[] {
  const cells = rows.flatMap((row) => row.split(/\s+/)).filter((c) => c !== '' && !SIGNED_MARK.test(c));
  let n = 0;
  while (n < cells.length && STATE.test(cells[n]!)) n++;
  const parties = cells.slice(0, n).map((cell) => {
    const party = STATE.exec(cell)![1]!;
    return { party, title: cell.slice(party.length) };
  });
  const titlesInline = parties.every((p) => p.title !== '');
  const titles = titlesInline ? parties.map((p) => p.title) : cells.slice(n, 2 * n);
  const names = cells.slice(titlesInline ? n : 2 * n);
  if (n < 1 || names.length !== n || titles.length !== n || titles.some((t) => t === '')) {
    throw new Error(`Unreadable signature block: ${rows.join(' / ')}`);
  }
  return parties.map(({ party }, i) => ({ name: names[i]!, title: titles[i]!, party }));
}
