// Writes SourceEntry rows as the compiled dictionary file (see lib/dictionary/format.ts).
import { encodeRef, encodeTraditional, MAGIC, REF_SEPARATOR, SAME, SECTION, SENSE_SEPARATOR, type SourceEntry } from '../../lib/dictionary/format';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Refuses data the format could not carry back unchanged, rather than write it wrongly. */
function check(e: SourceEntry): void {
  const bad = (what: string) => new Error(`dictionary: ${e.traditional} ${e.simplified} [${e.pinyin}]: ${what}`);
  if (!e.simplified || /[\s\u001e]/.test(e.simplified + e.traditional)) throw bad('empty form or whitespace in a form');
  if (/[\n\t\u001e]/.test(e.pinyin)) throw bad('control character in the pinyin');
  if ([...e.traditional].some((c, i) => c === SAME && [...e.simplified][i] !== SAME)) throw bad(`${SAME} in the traditional form`);
  for (const s of e.senses) if (!s || s.includes(SENSE_SEPARATOR) || /[\n\u001e]/.test(s)) throw bad(`unstorable sense ${JSON.stringify(s)}`);
  for (const r of [...e.classifiers, ...e.variants]) {
    if (/[|[\],\s]/.test(r.traditional + r.simplified) || /[\]\n]/.test(r.pinyin) || r.pinyin.includes(REF_SEPARATOR)) throw bad('unstorable reference');
  }
}

export function encodeDictionary(entries: readonly SourceEntry[], sourceDate: string): string {
  entries.forEach(check);
  const rows = [...entries].sort((a, b) => compare(a.simplified, b.simplified) || compare(a.pinyin, b.pinyin) || compare(a.traditional, b.traditional));
  const tradOrder = rows
    .map((e, i) => [e.traditional, i] as const)
    .filter(([t], i) => t !== rows[i]!.simplified)
    .sort((a, b) => compare(a[0], b[0]) || a[1] - b[1])
    .map(([, i]) => i.toString(36));
  const maxLength = rows.reduce((max, e) => Math.max(max, e.simplified.length, e.traditional.length), 0);
  return [
    [MAGIC, sourceDate, rows.length, maxLength].join('\t'),
    rows.map((e) => e.simplified).join('\n'),
    rows.map((e) => encodeTraditional(e.simplified, e.traditional)).join('\n'),
    rows.map((e) => e.pinyin).join('\n'),
    rows.map((e) => e.senses.join(SENSE_SEPARATOR)).join('\n'),
    rows.map((e) => e.classifiers.map(encodeRef).join(REF_SEPARATOR)).join('\n'),
    rows.map((e) => e.variants.map(encodeRef).join(REF_SEPARATOR)).join('\n'),
    tradOrder.join(' '),
  ].join(SECTION);
}
