// Properties of normalisation over random text mixing Chinese, Latin, spaces, line breaks,
// full-width forms, dashes, zero-width characters, surrogate pairs and combining marks.
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { normalize, toOriginalRange } from './normalize';

const piece = fc.oneof(
  fc.constantFrom('亚', '信', '中', '国', '哈', '萨', '克', '斯', '坦', '，', '。', '“', '”'),
  fc.constantFrom(' ', '\n', '\u3000', '\u00a0', '\t', '\u200b', '\ufeff', '\u00ad'),
  fc.constantFrom('-', '—', '－', '–', '─', '‐'),
  fc.constantFrom('Ａ', '９', 'a', 'Z', '0', '7', 'é', 'e\u0301', '𠀀', '😀', '\u0627', '\u05d0'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

test('the map is strictly increasing and in bounds', () => {
  fc.assert(
    fc.property(text, (src) => {
      const { text: out, map } = normalize(src);
      expect(map.length).toBe(out.length);
      for (let i = 0; i < map.length; i++) {
        expect(map[i]).toBeGreaterThanOrEqual(0);
        expect(map[i]).toBeLessThan(src.length);
        if (i > 0) expect(map[i]).toBeGreaterThan(map[i - 1]!);
      }
    }),
  );
});

test('every unit kept unchanged maps to the same unit in the original', () => {
  fc.assert(
    fc.property(text, (src) => {
      const { text: out, map } = normalize(src);
      for (let i = 0; i < out.length; i++) {
        const from = src[map[i]!]!;
        // Changed units are only the documented ones: spaces folded, full-width, dashes.
        if (out[i] !== from) expect(/\s|[\u3000\u00a0]|[\uff01-\uff5e]|[-\u2010-\u2015\u2500\uff0d\u2212]/.test(from)).toBe(true);
      }
    }),
  );
});

test('any range of the normalised text maps back to a range that normalises to it', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (src, a, b) => {
      const norm = normalize(src);
      if (norm.text.length === 0) return;
      const start = a % norm.text.length;
      const end = start + 1 + (b % (norm.text.length - start));
      const [s, e] = toOriginalRange(norm, start, end);
      expect(0 <= s && s < e && e <= src.length).toBe(true);
      // The original slice normalises to the same characters, up to what depends on the
      // neighbours the slice cut off: folded spaces and dashes at its edges.
      const fold = (t: string) => t.replace(/\s/g, '').replace(/[-\u2010-\u2015\u2500\uff0d\u2212]/g, '-');
      expect(fold(normalize(src.slice(s, e)).text)).toBe(fold(norm.text.slice(start, end)));
    }),
  );
});
