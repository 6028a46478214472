// "Is this a Han character?" — the one answer for the whole extension. Tested on UTF-16 code
// units by range (a regular expression per character was a fifth of the annotation
// pipeline's time); normalize-classes.test.ts checks it against \p{Script=Han} over the BMP.

/** Han ideographs (Script=Han in the BMP). */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfa6d) ||
    (c >= 0xfa70 && c <= 0xfad9) ||
    (c >= 0x2e80 && c <= 0x2e99) ||
    (c >= 0x2e9b && c <= 0x2ef3) ||
    (c >= 0x2f00 && c <= 0x2fd5) ||
    c === 0x3005 ||
    c === 0x3007 ||
    (c >= 0x3021 && c <= 0x3029) ||
    (c >= 0x3038 && c <= 0x303b)
  );
}

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}
