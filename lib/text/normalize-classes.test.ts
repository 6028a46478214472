// The range-coded character classes of normalize.ts against their Unicode definitions, for
// every code unit of the Basic Multilingual Plane.
import { expect, test } from 'vitest';
import { isHanCode } from './han';
import { isCjkishCode, isDashCode, isInvisibleCode, isSpaceCode } from './normalize';

const DEFINITIONS: [string, (c: number) => boolean, RegExp][] = [
  ['Han', isHanCode, /\p{Script=Han}/u],
  ['CJK-ish', isCjkishCode, /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2015\u2018-\u201f\u2026\u2500]/u],
  ['space', isSpaceCode, /\s/],
  ['invisible', isInvisibleCode, /[\u200b-\u200d\u2060\ufeff\u00ad]/],
  ['dash', isDashCode, /[\u2010-\u2015\u2500\uff0d\u002d\u2212]/],
];

for (const [name, fast, definition] of DEFINITIONS) {
  test(`${name}: ranges agree with the definition on all of the BMP`, () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are no characters
      if (fast(c) !== definition.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
}
