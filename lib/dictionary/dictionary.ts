// The compiled dictionary in memory. Opening it reads only its index; `prepare` fetches
// the shards that hold a set of words (by simplified form, and by the simplified forms a
// traditional word can have); after it, lookups of those words are synchronous binary
// searches inside their shards.
import { codeUnitOrder } from '../text/code-unit-order';
import {
  decodeRefs,
  decodeTraditional,
  entryShardFile,
  INDEX_FILE,
  MAGIC,
  SECTION,
  SENSE_SEPARATOR,
  type DictionaryRef,
} from './format';
import { toToneMarks } from './pinyin';
import { decodeReadings, parseReadingTable, type ReadingTable } from './readings';

export interface DictionaryEntry {
  simplified: string;
  traditional: string;
  /** With tone marks: zhōng guó. */
  pinyin: string;
  /** As in the data: zhong1 guo2. */
  pinyinNumbered: string;
  senses: string[];
  classifiers: DictionaryRef[];
  variants: DictionaryRef[];
}

/** Reads one of the dictionary's files by name (fetch in the extension, the file system in Node). */
export type DictionaryFiles = (name: string) => Promise<string>;

export interface Columns {
  readonly simplified: readonly string[];
  readonly pinyin: readonly string[];
  readonly senses: readonly string[];
}

export interface Dictionary {
  readonly size: number;
  /** The date of the CC-CEDICT release it was compiled from. */
  readonly sourceDate: string;
  /** The longest headword, in UTF-16 units. */
  readonly maxLength: number;
  /** Fetches the shards these words are in; lookup, has and longestAt need it first. */
  prepare(words: Iterable<string>): Promise<void>;
  /** Every reading of the word, as simplified or traditional characters. */
  lookup(word: string): DictionaryEntry[];
  has(word: string): boolean;
  /** The longest headword starting at `at`, in UTF-16 units; 0 if none. Its prefixes must be prepared. */
  longestAt(text: string, at: number): number;
  /** Every entry's raw columns, for the pinyin and English search (fetches every shard). */
  allColumns(): Promise<Columns>;
  entry(index: number): DictionaryEntry;
}

interface EntryShard {
  simplified: string[];
  traditional: string[];
  pinyin: string[];
  senses: string[];
  classifiers: string[];
  variants: string[];
}

/** A traditional word's possible simplified forms are few; this bounds a pathological input. */
const MAX_SIMPLIFIED_FORMS = 64;

/** The last shard whose first key is ≤ key (-1 if none). */
function shardOf(firstKeys: readonly string[], key: string): number {
  let lo = 0;
  let hi = firstKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codeUnitOrder(firstKeys[mid]!, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Positions of key in a sorted list. */
function equalRange(keys: readonly string[], key: string): [number, number] {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codeUnitOrder(keys[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < keys.length && keys[end] === key) end++;
  return [lo, end];
}

function parseEntryShard(text: string, count: number, readings: ReadingTable): EntryShard {
  const columns = text.split(SECTION).map((c) => c.split('\n'));
  if (columns.length !== 6 || columns.some((c) => c.length !== count)) throw new Error('dictionary: a damaged entry shard');
  const [simplified, traditional, codes, senses, classifiers, variants] = columns as [string[], string[], string[], string[], string[], string[]];
  const pinyin = codes.map((code, i) => decodeReadings(simplified[i]!, code, readings));
  return { simplified, traditional, pinyin, senses, classifiers, variants };
}

function parseCharMap(line: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of line ? line.split('\t') : []) {
    const [traditional, ...simplified] = [...item];
    if (traditional) map.set(traditional, simplified);
  }
  return map;
}

export async function openDictionary(files: DictionaryFiles): Promise<Dictionary> {
  const [header = '', firstKeysLine = '', startsLine = '', charMapLine = '', readingsLine = ''] = (await files(INDEX_FILE)).split('\n');
  const [magic, sourceDate = '', countText = '', maxText = ''] = header.split('\t');
  if (magic !== MAGIC) throw new Error('dictionary: not a Treaty Lens dictionary index');
  const size = Number(countText);
  const maxLength = Number(maxText);
  const firstKeys = firstKeysLine ? firstKeysLine.split('\t') : [];
  const starts = startsLine ? startsLine.split(' ').map((n) => parseInt(n, 36)) : [];
  const charMap = parseCharMap(charMapLine);
  const readings = parseReadingTable(readingsLine);
  if (starts.length !== firstKeys.length || (size > 0 && readings.size === 0)) throw new Error('dictionary: a damaged index');

  const entryShards = new Map<number, Promise<EntryShard>>();
  const loadedEntries = new Map<number, EntryShard>();
  const countOf = (k: number) => (starts[k + 1] ?? size) - starts[k]!;

  function loadEntryShard(k: number): Promise<EntryShard> {
    let shard = entryShards.get(k);
    if (!shard) {
      shard = files(entryShardFile(k)).then((text) => parseEntryShard(text, countOf(k), readings));
      shard.then((s) => loadedEntries.set(k, s), () => entryShards.delete(k)); // a failed fetch is tried again
      entryShards.set(k, shard);
    }
    return shard;
  }
  /** The simplified forms a word can stand for: itself, and each reading of its characters as traditional ones. */
  function simplifiedForms(word: string): string[] {
    let forms = [''];
    for (const c of word) {
      const options = charMap.get(c) ?? [c];
      forms = forms.flatMap((f) => options.map((o) => f + o));
      if (forms.length > MAX_SIMPLIFIED_FORMS) forms = forms.slice(0, MAX_SIMPLIFIED_FORMS);
    }
    return forms.includes(word) ? forms : [word, ...forms];
  }

  /** The shard holding global entry i. */
  const shardOfEntry = (i: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  function loaded(k: number): EntryShard | undefined {
    if (k < 0) return undefined;
    const shard = loadedEntries.get(k);
    if (!shard) throw new Error(`dictionary: shard ${k} used before prepare()`);
    return shard;
  }

  /** Global entry numbers of the word as a simplified or a traditional form, in entry order. */
  function indexes(word: string): number[] {
    const found: number[] = [];
    for (const form of simplifiedForms(word)) {
      const k = shardOf(firstKeys, form);
      const shard = loaded(k);
      if (!shard) continue;
      const [from, to] = equalRange(shard.simplified, form);
      for (let i = from; i < to; i++) {
        if (form === word || decodeTraditional(form, shard.traditional[i]!) === word) found.push(starts[k]! + i);
      }
    }
    return [...new Set(found)].sort((a, b) => a - b);
  }

  function entry(i: number): DictionaryEntry {
    const k = shardOfEntry(i);
    const s = loaded(k)!;
    const j = i - starts[k]!;
    const numbered = s.pinyin[j]!;
    return {
      simplified: s.simplified[j]!,
      traditional: decodeTraditional(s.simplified[j]!, s.traditional[j]!),
      pinyin: toToneMarks(numbered),
      pinyinNumbered: numbered,
      senses: s.senses[j] ? s.senses[j].split(SENSE_SEPARATOR) : [],
      classifiers: decodeRefs(s.classifiers[j]!),
      variants: decodeRefs(s.variants[j]!),
    };
  }

  const has = (word: string) => indexes(word).length > 0;
  let columns: Promise<Columns> | undefined;

  return {
    size,
    sourceDate,
    maxLength,
    async prepare(words) {
      const shards = new Set<number>();
      for (const w of words) for (const form of simplifiedForms(w)) shards.add(shardOf(firstKeys, form));
      shards.delete(-1);
      await Promise.all([...shards].map(loadEntryShard));
    },
    entry,
    has,
    lookup: (word) => indexes(word).map(entry),
    longestAt(text, at) {
      for (let len = Math.min(maxLength, text.length - at); len > 0; len--) {
        if (has(text.slice(at, at + len))) return len;
      }
      return 0;
    },
    allColumns() {
      columns ??= Promise.all(starts.map((_, k) => loadEntryShard(k))).then((shards) => ({
        simplified: shards.flatMap((s) => s.simplified),
        pinyin: shards.flatMap((s) => s.pinyin),
        senses: shards.flatMap((s) => s.senses),
      }));
      columns.catch(() => (columns = undefined));
      return columns;
    },
  };
}
