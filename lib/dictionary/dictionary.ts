// The compiled dictionary in memory. Opening it reads only index.txt; `prepare` fetches
// the shards that hold a set of words (by simplified and by traditional form); after it,
// lookups of those words are synchronous binary searches inside their shards.
import {
  compareKeys,
  decodeRefs,
  decodeTraditional,
  entryShardFile,
  INDEX_FILE,
  MAGIC,
  SECTION,
  SENSE_SEPARATOR,
  tradShardFile,
  type DictionaryRef,
} from './format';
import { toToneMarks } from './pinyin';

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

interface TradShard {
  keys: string[];
  indexes: number[];
}

/** The last shard whose first key is ≤ key (-1 if none). */
function shardOf(firstKeys: readonly string[], key: string): number {
  let lo = 0;
  let hi = firstKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(firstKeys[mid]!, key) <= 0) lo = mid + 1;
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
    if (compareKeys(keys[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < keys.length && keys[end] === key) end++;
  return [lo, end];
}

function parseEntryShard(text: string, count: number): EntryShard {
  const columns = text.split(SECTION).map((c) => c.split('\n'));
  if (columns.length !== 6 || columns.some((c) => c.length !== count)) throw new Error('dictionary: a damaged entry shard');
  const [simplified, traditional, pinyin, senses, classifiers, variants] = columns as [string[], string[], string[], string[], string[], string[]];
  return { simplified, traditional, pinyin, senses, classifiers, variants };
}

function parseTradShard(text: string): TradShard {
  const keys: string[] = [];
  const indexes: number[] = [];
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    keys.push(line.slice(0, tab));
    indexes.push(parseInt(line.slice(tab + 1), 36));
  }
  return { keys, indexes };
}

export async function openDictionary(files: DictionaryFiles): Promise<Dictionary> {
  const [header = '', firstKeysLine = '', startsLine = '', tradKeysLine = ''] = (await files(INDEX_FILE)).split('\n');
  const [magic, sourceDate = '', countText = '', maxText = ''] = header.split('\t');
  if (magic !== MAGIC) throw new Error('dictionary: not a Treaty Lens dictionary index');
  const size = Number(countText);
  const maxLength = Number(maxText);
  const firstKeys = firstKeysLine ? firstKeysLine.split('\t') : [];
  const starts = startsLine ? startsLine.split(' ').map((n) => parseInt(n, 36)) : [];
  const tradFirstKeys = tradKeysLine ? tradKeysLine.split('\t') : [];
  if (starts.length !== firstKeys.length) throw new Error('dictionary: a damaged index');

  const entryShards = new Map<number, Promise<EntryShard>>();
  const tradShards = new Map<number, Promise<TradShard>>();
  const loadedEntries = new Map<number, EntryShard>();
  const loadedTrad = new Map<number, TradShard>();
  const countOf = (k: number) => (starts[k + 1] ?? size) - starts[k]!;

  function loadEntryShard(k: number): Promise<EntryShard> {
    let shard = entryShards.get(k);
    if (!shard) {
      shard = files(entryShardFile(k)).then((text) => parseEntryShard(text, countOf(k)));
      shard.then((s) => loadedEntries.set(k, s), () => entryShards.delete(k)); // a failed fetch is tried again
      entryShards.set(k, shard);
    }
    return shard;
  }
  function loadTradShard(k: number): Promise<TradShard> {
    let shard = tradShards.get(k);
    if (!shard) {
      shard = files(tradShardFile(k)).then(parseTradShard);
      shard.then((s) => loadedTrad.set(k, s), () => tradShards.delete(k));
      tradShards.set(k, shard);
    }
    return shard;
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

  function loaded<T>(map: Map<number, T>, k: number): T | undefined {
    if (k < 0) return undefined;
    const shard = map.get(k);
    if (!shard) throw new Error(`dictionary: shard ${k} used before prepare()`);
    return shard;
  }

  /** Global entry numbers of the word, simplified matches first, in entry order. */
  function indexes(word: string): number[] {
    const found: number[] = [];
    const k = shardOf(firstKeys, word);
    const shard = loaded(loadedEntries, k);
    if (shard) {
      const [from, to] = equalRange(shard.simplified, word);
      for (let i = from; i < to; i++) found.push(starts[k]! + i);
    }
    const trad = loaded(loadedTrad, shardOf(tradFirstKeys, word));
    if (trad) {
      const [from, to] = equalRange(trad.keys, word);
      for (let i = from; i < to; i++) if (!found.includes(trad.indexes[i]!)) found.push(trad.indexes[i]!);
    }
    return found.sort((a, b) => a - b);
  }

  function entry(i: number): DictionaryEntry {
    const k = shardOfEntry(i);
    const s = loaded(loadedEntries, k)!;
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
    async prepare(wordsIn) {
      const words = [...wordsIn];
      const entryKs = new Set<number>();
      const tradKs = new Set<number>();
      for (const w of words) {
        entryKs.add(shardOf(firstKeys, w));
        tradKs.add(shardOf(tradFirstKeys, w));
      }
      entryKs.delete(-1);
      tradKs.delete(-1);
      const trads = await Promise.all([...tradKs].map(loadTradShard));
      await Promise.all([...entryKs].map(loadEntryShard));
      // Words found by their traditional form live in other entry shards: fetch those too.
      const more = new Set<number>();
      for (const w of words) {
        for (const t of trads) {
          const [from, to] = equalRange(t.keys, w);
          for (let i = from; i < to; i++) more.add(shardOfEntry(t.indexes[i]!));
        }
      }
      await Promise.all([...more].map(loadEntryShard));
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
