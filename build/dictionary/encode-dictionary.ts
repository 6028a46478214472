// Writes SourceEntry rows as the compiled dictionary's files (see lib/dictionary/format.ts).
import { codeUnitOrder } from '../../lib/text/code-unit-order';
import {
  encodeRef,
  encodeTraditional,
  entryShardFile,
  INDEX_FILE,
  MAGIC,
  REF_SEPARATOR,
  SAME,
  SECTION,
  SENSE_SEPARATOR,
  type SourceEntry,
} from '../../lib/dictionary/format';
import { buildReadingTable, encodeReadings, formatReadingTable } from '../../lib/dictionary/readings';

/** About 64 entry shards of ≈145 kB for CC-CEDICT: a lookup fetches a few of them. */
const ENTRIES_PER_SHARD = 2000;

/** The record separator, which the format uses and no field may hold. */
const RECORD = '\u001e';

/** Refuses data the format could not carry back unchanged, rather than write it wrongly. */
function check(e: SourceEntry): void {
  const bad = (what: string) => new Error(`dictionary: ${e.traditional} ${e.simplified} [${e.pinyin}]: ${what}`);
  if (!e.simplified || /\s/.test(e.simplified + e.traditional) || (e.simplified + e.traditional).includes(RECORD)) throw bad('empty form or whitespace in a form');
  if (/[\n\t]/.test(e.pinyin) || e.pinyin.includes(RECORD)) throw bad('control character in the pinyin');
  if ([...e.traditional].some((c, i) => c === SAME && [...e.simplified][i] !== SAME)) throw bad(`${SAME} in the traditional form`);
  for (const s of e.senses) if (!s || s.includes(SENSE_SEPARATOR) || s.includes('\n') || s.includes(RECORD)) throw bad(`unstorable sense ${JSON.stringify(s)}`);
  for (const r of [...e.classifiers, ...e.variants]) {
    if (/[|[\],\s]/.test(r.traditional + r.simplified) || /[\]\n]/.test(r.pinyin) || r.pinyin.includes(REF_SEPARATOR)) throw bad('unstorable reference');
  }
}

/** Cuts sorted keys into runs of about `size`, never between two equal keys; returns each run's start. */
function cut(keys: readonly string[], size: number): number[] {
  if (keys.length === 0) return [];
  const starts = [0];
  for (let i = size; i < keys.length; i++) {
    if (i - starts[starts.length - 1]! >= size && keys[i] !== keys[i - 1]) starts.push(i);
  }
  return starts;
}

export function encodeDictionary(entries: readonly SourceEntry[], sourceDate: string): Map<string, string> {
  entries.forEach(check);
  const rows = [...entries].sort((a, b) => codeUnitOrder(a.simplified, b.simplified) || codeUnitOrder(a.pinyin, b.pinyin) || codeUnitOrder(a.traditional, b.traditional));
  const files = new Map<string, string>();
  const readings = buildReadingTable(rows);

  const starts = cut(rows.map((e) => e.simplified), ENTRIES_PER_SHARD);
  starts.forEach((start, k) => {
    const shard = rows.slice(start, starts[k + 1] ?? rows.length);
    const text = [
      shard.map((e) => e.simplified),
      shard.map((e) => encodeTraditional(e.simplified, e.traditional)),
      shard.map((e) => encodeReadings(e.simplified, e.pinyin, readings)),
      shard.map((e) => e.senses.join(SENSE_SEPARATOR)),
      shard.map((e) => e.classifiers.map(encodeRef).join(REF_SEPARATOR)),
      shard.map((e) => e.variants.map(encodeRef).join(REF_SEPARATOR)),
    ]
      .map((column) => column.join('\n'))
      .join(SECTION);
    files.set(entryShardFile(k), text);
  });

  // Which simplified characters each traditional character is written as.
  const charMap = new Map<string, Set<string>>();
  for (const e of rows) {
    const simplified = [...e.simplified];
    [...e.traditional].forEach((t, i) => {
      let set = charMap.get(t);
      if (!set) charMap.set(t, (set = new Set()));
      set.add(simplified[i]!);
    });
  }
  const mapLine = [...charMap]
    .filter(([t, set]) => set.size > 1 || !set.has(t))
    .sort((a, b) => codeUnitOrder(a[0], b[0]))
    .map(([t, set]) => t + [...set].sort(codeUnitOrder).join(''))
    .join('\t');

  const maxLength = rows.reduce((max, e) => Math.max(max, e.simplified.length, e.traditional.length), 0);
  const index = [
    [MAGIC, sourceDate, rows.length, maxLength].join('\t'),
    starts.map((s) => rows[s]!.simplified).join('\t'),
    starts.map((s) => s.toString(36)).join(' '),
    mapLine,
    formatReadingTable(readings),
  ].join('\n');
  files.set(INDEX_FILE, index);
  return files;
}
