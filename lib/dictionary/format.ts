// The compiled dictionary's file (assets/generated/dictionary.txt): plain UTF-8 text in
// columns, so it loads with one fetch and a few splits, and the extension's zip deflates
// it better than rows would (like values sit together). Sections are separated by
// SECTION; each holds one line per entry, in the order of the simplified column.
//
//   0 header      MAGIC, source date, entry count, longest headword (characters)
//   1 simplified  sorted by code unit, then by pinyin
//   2 traditional the simplified form with each differing character written out and each
//                 identical one as SAME ('' when the whole word is identical)
//   3 pinyin      CC-CEDICT's numbered pinyin (lu:3, ma5)
//   4 senses      joined by '/' (CC-CEDICT's own separator, never inside a sense)
//   5 classifiers 6 variants   references joined by ',': 個|个[ge4], or 个[ge4] when both forms are one
//   7 traditional index: base-36 entry numbers of the words whose traditional form differs, sorted by it

export const MAGIC = 'treaty-lens-dictionary/1';
export const SECTION = '\u001e';
export const SAME = '*';
export const SENSE_SEPARATOR = '/';
export const REF_SEPARATOR = ',';

/** A word cited by an entry: a classifier, or the word it is a variant of. */
export interface DictionaryRef {
  traditional: string;
  simplified: string;
  /** Numbered, as in the data; '' when the data gives none. */
  pinyin: string;
}

/** One entry as CC-CEDICT has it: one written form, one reading. */
export interface SourceEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: string[];
  classifiers: DictionaryRef[];
  variants: DictionaryRef[];
}

export function encodeRef(ref: DictionaryRef): string {
  const chars = ref.traditional === ref.simplified ? ref.simplified : `${ref.traditional}|${ref.simplified}`;
  return `${chars}[${ref.pinyin}]`;
}

const REF = /^([^|[\]]+)(?:\|([^|[\]]+))?\[([^\]]*)\]$/;

export function decodeRefs(field: string): DictionaryRef[] {
  if (!field) return [];
  return field.split(REF_SEPARATOR).map((text) => {
    const m = REF.exec(text);
    if (!m) throw new Error(`dictionary: bad reference ${JSON.stringify(text)}`);
    const first = m[1]!;
    return { traditional: first, simplified: m[2] ?? first, pinyin: m[3]! };
  });
}

/** The traditional form relative to the simplified one (same number of characters in CC-CEDICT). */
export function encodeTraditional(simplified: string, traditional: string): string {
  if (simplified === traditional) return '';
  const s = [...simplified];
  const t = [...traditional];
  if (s.length !== t.length) throw new Error(`dictionary: ${traditional} and ${simplified} differ in length`);
  return t.map((c, i) => (c === s[i] ? SAME : c)).join('');
}

export function decodeTraditional(simplified: string, field: string): string {
  if (!field) return simplified;
  const s = [...simplified];
  return [...field].map((c, i) => (c === SAME ? s[i]! : c)).join('');
}
