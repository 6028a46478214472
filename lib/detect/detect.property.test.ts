// The detector on hostile text: surrogate pairs (and lone halves), combining marks,
// zero-width and bidi controls, mixed scripts, glossary words among them. It never throws,
// its score stays in [0, 1], and it always gives reasons.
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { detect } from './';

const piece = fc.oneof(
  fc.constantFrom('中哈', '哈萨克斯坦', '托卡耶夫', '上海合作组织', '亚信', '联合声明', '全面战略伙伴关系', '中亚峰会', '元首'),
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202c', '\u061c', '\u00ad'),
  fc.constantFrom('e\u0301', '\u0301', '中\u0308', '𠀀', '😀', '👩‍👩‍👧', '\ud800', '\udc00', 'Қазақстан', 'العربية', 'עברית', 'Ａ'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

test('detect never throws; its score is in [0, 1] with reasons', () => {
  fc.assert(
    fc.property(text, text, (title, body) => {
      const d = detect({ title, text: body });
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
      expect(Number.isFinite(d.score)).toBe(true);
      expect(typeof d.related).toBe('boolean');
      expect(d.reasons.length).toBeGreaterThan(0);
    }),
    { numRuns: 400 },
  );
});
