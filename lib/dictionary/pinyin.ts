// CC-CEDICT's numbered pinyin (zhong1 guo2, lu:3, ma5) → pinyin with tone marks
// (zhōng guó, lǚ, ma). Pieces that are not syllables (A, 4S, ·) pass through unchanged.

const MARKS: Record<string, string> = {
  a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ', E: 'ĒÉĚÈ', I: 'ĪÍǏÌ', O: 'ŌÓǑÒ', U: 'ŪÚǓÙ', Ü: 'ǕǗǙǛ',
};

/** Which vowel carries the mark: a or e if present, o in ou, else the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const v of ['a', 'e']) {
    const i = lower.indexOf(v);
    if (i >= 0) return i;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i]!)) return i;
  return -1;
}

export function markSyllable(numbered: string): string {
  const m = /^([A-Za-z:]+)([1-5])$/.exec(numbered);
  if (!m) return numbered;
  const base = m[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 5) return base;
  const at = markIndex(base);
  if (at < 0) return base; // m2, ng2, r5: no vowel to mark
  const marked = MARKS[base[at]!]?.[tone - 1];
  return marked ? base.slice(0, at) + marked + base.slice(at + 1) : base;
}

export function toToneMarks(numbered: string): string {
  return numbered.split(' ').map(markSyllable).join(' ');
}
