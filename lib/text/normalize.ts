// Normalisation for matching: undoes what PDF extraction and typesetting do to Chinese
// text (spaced characters, line breaks inside words, full-width Latin, dash variants)
// while keeping an exact map back to the original, so a match in the normalised text
// becomes a range in the page.
import { isHanCode } from './han';

/** The normalised text and, for each of its UTF-16 units, the index of the unit it came from. */
export interface Normalized {
  text: string;
  /** map[i] = index in the original of normalised unit i; map.length === text.length. */
  map: Int32Array;
}

// Character classes, tested on UTF-16 code units by range: this runs over every character
// of every page we annotate, and a regular expression per character was a fifth of the
// pipeline's time. normalize-classes.test.ts checks each against its Unicode definition
// over the whole Basic Multilingual Plane.

/** Han, CJK symbols and punctuation, full-width forms, and the quotes and dashes of Chinese typesetting. */
export function isCjkishCode(c: number): boolean {
  return (
    isHanCode(c) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2010 && c <= 0x2015) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2026 ||
    c === 0x2500
  );
}

/** White space (JavaScript's \s, which includes U+3000 and U+00A0). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Zero-width characters and the soft hyphen. */
export function isInvisibleCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Every dash that appears between 中国 and 中亚 in the wild; normalised to the em dash. */
export function isDashCode(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2500 || c === 0xff0d || c === 0x2d || c === 0x2212;
}

/** -1 (past the end) is in no class. */
const isJoinable = (c: number) => isCjkishCode(c) || isDashCode(c);

/** Next index at or after i that is neither space nor invisible. */
function nextVisible(src: string, i: number): number {
  while (i < src.length && (isSpaceCode(src.charCodeAt(i)) || isInvisibleCode(src.charCodeAt(i)))) i++;
  return i;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The code units as a string, exactly. The decoder is fast but replaces lone surrogates;
 * normalize never splits a pair, so its output has one only if its input had.
 */
function fromCodes(codes: Uint16Array, wellFormed: boolean): string {
  if (wellFormed) return UTF16.decode(codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join('');
}

export function normalize(src: string): Normalized {
  // Code units go into a typed array and become a string once, at the end.
  const out = new Uint16Array(src.length);
  const map = new Int32Array(src.length);
  let n = 0;
  let prev = -1; // last emitted unit
  let wellFormed = true;
  let runEnd = 0; // end of the current run of spaces and invisibles: found once per run
  for (let i = 0; i < src.length; i++) {
    let c = src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const pairedAfter = c <= 0xdbff && (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const pairedBefore = c >= 0xdc00 && (src.charCodeAt(i - 1) & 0xfc00) === 0xd800;
      if (!pairedAfter && !pairedBefore) wellFormed = false;
    }
    if (isInvisibleCode(c)) continue;
    if (isSpaceCode(c)) {
      // Whitespace between two CJK characters is an artefact (spaced PDF text, hard
      // wraps); elsewhere it separates words and is kept, folded to one space.
      if (i >= runEnd) runEnd = nextVisible(src, i);
      if (isJoinable(prev) && isJoinable(src.charCodeAt(runEnd))) continue;
      if (prev === 0x20) continue;
      c = 0x20;
    } else if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0d) {
      c -= 0xfee0; // full-width Latin and digits
    } else if (isDashCode(c) && isHanCode(prev) && isHanCode(src.charCodeAt(nextVisible(src, i + 1)))) {
      c = 0x2014; // —
    }
    out[n] = c;
    map[n++] = i;
    prev = c;
  }
  return { text: fromCodes(out.subarray(0, n), wellFormed), map: map.slice(0, n) };
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
