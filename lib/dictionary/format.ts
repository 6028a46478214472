// The compiled dictionary's files (assets/generated/dictionary/): UTF-8 text, each file
// brotli-compressed (packed.ts; deflate, the zip's own compression, left it 0.7 MB
// larger), sharded so that a lookup fetches only the few shards holding its words (one 9 MB file
// took seconds to fetch in the worker). Entries are sorted by simplified form (code
// units), then pinyin; a run of equal keys never straddles two shards. A traditional
// word is found through the simplified forms its characters can have (the character
// map), then by comparing the entries' traditional forms.
//
//   index.br    line 1: MAGIC, source date, entry count, longest headword (characters)
//               line 2: each entry shard's first simplified key, tab-separated
//               line 3: each entry shard's first entry number, base 36, space-separated
//               line 4: the character map, tab-separated: a traditional character followed
//               by every character it stands for in simplified forms (itself included when
//               it is also written unchanged), for each character written differently anywhere
//               line 5: each character's readings (readings.ts)
//   e-NN.br     an entry shard: columns separated by SECTION, one line per entry:
//               simplified; traditional (each character identical to the simplified one
//               written SAME, '' when the whole word is identical); numbered pinyin
//               (lu:3, ma5) as reading codes (readings.ts); senses joined by '/' (CC-CEDICT's own separator, never inside
//               a sense); classifiers and variants as references joined by ',': 個|个[ge4],
//               or 个[ge4] when both forms are one

export const MAGIC = 'treaty-lens-dictionary/4';
export const INDEX_FILE = 'index.br';
export const SECTION = '\u001e';
export const SAME = '*';
export const SENSE_SEPARATOR = '/';
export const REF_SEPARATOR = ',';

export const entryShardFile = (k: number) => `e-${String(k).padStart(2, '0')}.br`;

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

