// The compiled dictionary in memory: the columns of dictionary.txt as arrays, looked up
// by binary search over the simplified column and over the traditional index. Parsing
// is a few splits; entries are decoded only when asked for.
import { decodeRefs, decodeTraditional, MAGIC, SECTION, SENSE_SEPARATOR, type DictionaryRef } from './format';
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

export interface Dictionary {
  readonly size: number;
  /** The date of the CC-CEDICT release it was compiled from. */
  readonly sourceDate: string;
  /** Every reading of the word, as simplified or traditional characters. */
  lookup(word: string): DictionaryEntry[];
  has(word: string): boolean;
  /** The longest headword starting at `at`, in characters (UTF-16 units); 0 if none. */
  longestAt(text: string, at: number): number;
  /** Raw columns, for the pinyin and English search. */
  readonly columns: { readonly simplified: readonly string[]; readonly pinyin: readonly string[]; readonly senses: readonly string[] };
  entry(index: number): DictionaryEntry;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in [0, n) whose key is ≥ word. */
function lowerBound(n: number, keyAt: (i: number) => string, word: string): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(keyAt(mid), word) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function parseDictionary(text: string): Dictionary {
  const sections = text.split(SECTION);
  const [magic, sourceDate = '', countText = '', maxText = ''] = (sections[0] ?? '').split('\t');
  if (magic !== MAGIC || sections.length !== 8) throw new Error('dictionary: not a Treaty Lens dictionary file');
  const size = Number(countText);
  const maxLength = Number(maxText);
  const [simplified, traditional, pinyin, senses, classifiers, variants] = sections.slice(1, 7).map((s) => s.split('\n'));
  for (const column of [simplified, traditional, pinyin, senses, classifiers, variants]) {
    if (column?.length !== size) throw new Error('dictionary: columns of different lengths');
  }
  const tradOrder = sections[7] ? sections[7].split(' ').map((n) => parseInt(n, 36)) : [];
  const simp = simplified!;
  const trad = traditional!;
  const tradKeys = new Map<number, string>(); // decoded lazily: most lookups never touch it
  const tradAt = (i: number): string => {
    const index = tradOrder[i]!;
    let key = tradKeys.get(index);
    if (key === undefined) tradKeys.set(index, (key = decodeTraditional(simp[index]!, trad[index]!)));
    return key;
  };

  function indexes(word: string): number[] {
    const found: number[] = [];
    for (let i = lowerBound(size, (k) => simp[k]!, word); i < size && simp[i] === word; i++) found.push(i);
    for (let i = lowerBound(tradOrder.length, tradAt, word); i < tradOrder.length && tradAt(i) === word; i++) {
      if (!found.includes(tradOrder[i]!)) found.push(tradOrder[i]!);
    }
    return found.sort((a, b) => a - b);
  }

  function entry(i: number): DictionaryEntry {
    const numbered = pinyin![i]!;
    return {
      simplified: simp[i]!,
      traditional: decodeTraditional(simp[i]!, trad[i]!),
      pinyin: toToneMarks(numbered),
      pinyinNumbered: numbered,
      senses: senses![i]! ? senses![i]!.split(SENSE_SEPARATOR) : [],
      classifiers: decodeRefs(classifiers![i]!),
      variants: decodeRefs(variants![i]!),
    };
  }

  const has = (word: string) => indexes(word).length > 0;

  return {
    size,
    sourceDate,
    columns: { simplified: simp, pinyin: pinyin!, senses: senses! },
    entry,
    has,
    lookup: (word) => indexes(word).map(entry),
    longestAt(textIn, at) {
      for (let len = Math.min(maxLength, textIn.length - at); len > 0; len--) {
        if (has(textIn.slice(at, at + len))) return len;
      }
      return 0;
    },
  };
}
