// The full pipeline (normalise → jieba → match → map back) on random text: it never
// throws, and every match is an in-bounds, ordered, non-overlapping range whose text
// normalises to a form of its entry.
import * as fc from 'fast-check';
import * as jieba from 'jieba-wasm';
import { expect, test } from 'vitest';
import { glossary } from '../glossary/data';
import { createMatcher } from '../glossary/matcher';
import { createSegmenter } from '../segment/segmenter';
import { normalize } from '../text/normalize';
import { annotateText } from './annotate';

const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);
const formsOf = new Map<string, Set<string>>();
for (const [form, id] of glossary.matcher.forms) if (id) formsOf.set(id, (formsOf.get(id) ?? new Set()).add(form));

const piece = fc.oneof(
  fc.constantFrom('亚信', '上海合作组织', '三股势力', '中国', '中亚', '峰会', '哈萨克斯坦', '打击', '亚信科技', '全面战略伙伴关系'),
  fc.constantFrom(' ', '\n', '\u3000', '\u200b', '—', '－', '-', '“', '”', '，'),
  fc.constantFrom('𠀀', '😀', 'e\u0301', '\u0627\u0644', 'Ａ', '9'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

test('annotateText never throws and returns well-formed matches', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.boolean(), (text, related) => {
      const matches = annotateText(text, segmenter, matcher, { pageRelated: related });
      let last = 0;
      for (const m of matches) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(formsOf.get(m.entryId)?.has(normalize(text.slice(m.start, m.end)).text)).toBe(true);
        last = m.end;
      }
    }),
    { numRuns: 300 },
  );
});
