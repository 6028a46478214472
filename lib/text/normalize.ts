// Normalisation for matching: undoes what PDF extraction and typesetting do to Chinese
// text (spaced characters, line breaks inside words, full-width Latin, dash variants)
// while keeping an exact map back to the original, so a match in the normalised text
// becomes a range in the page.

/** The normalised text and, for each of its UTF-16 units, the index of the unit it came from. */
export interface Normalized {
  text: string;
  /** map[i] = index in the original of normalised unit i; map.length === text.length. */
  map: Int32Array;
}

// Han ideographs, CJK symbols and punctuation, full-width forms, and the quotes and
// dashes that Chinese typesetting uses between them.
const CJKISH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2015\u2018-\u201f\u2026\u2500]/u;
const SPACE = /[\s\u3000\u00a0]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
// Every dash that appears between 中国 and 中亚 in the wild; normalised to the em dash.
const DASHES = /[\u2010-\u2015\u2500\uff0d\u002d\u2212]/;

function isCjkish(ch: string | undefined): boolean {
  return ch !== undefined && CJKISH.test(ch);
}

function isJoinable(ch: string | undefined): boolean {
  return ch !== undefined && (CJKISH.test(ch) || DASHES.test(ch));
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Script=Han}/u.test(ch);
}

/** Next index at or after i that is neither space nor invisible. */
function nextVisible(src: string, i: number): number {
  while (i < src.length && (SPACE.test(src[i]!) || INVISIBLE.test(src[i]!))) i++;
  return i;
}

export function normalize(src: string): Normalized {
  const out: string[] = [];
  const map = new Int32Array(src.length);
  let n = 0;
  let prev: string | undefined; // last emitted unit
  for (let i = 0; i < src.length; i++) {
    let ch = src[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      // Whitespace between two CJK characters is an artefact (spaced PDF text, hard
      // wraps); elsewhere it separates words and is kept, folded to one space.
      const next = src[nextVisible(src, i)];
      if (isJoinable(prev) && isJoinable(next)) continue;
      if (prev === ' ') continue;
      ch = ' ';
    } else {
      const code = ch.charCodeAt(0);
      if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0d) {
        ch = String.fromCharCode(code - 0xfee0); // full-width Latin and digits
      } else if (DASHES.test(ch) && isHan(prev) && isHan(src[nextVisible(src, i + 1)])) {
        ch = '—';
      }
    }
    out.push(ch);
    map[n++] = i;
    prev = ch;
  }
  return { text: out.join(''), map: map.slice(0, n) };
}

/** Maps a [start, end) range of the normalised text back to the original. */
export function toOriginalRange(norm: Normalized, start: number, end: number): [number, number] {
  if (start < 0 || end > norm.text.length || start >= end) {
    throw new RangeError(`range [${start}, ${end}) outside normalised text of length ${norm.text.length}`);
  }
  return [norm.map[start]!, norm.map[end - 1]! + 1];
}

/** Normalises a glossary form the same way as page text, so both sides compare equal. */
export function normalizeForm(form: string): string {
  return normalize(form).text;
}
