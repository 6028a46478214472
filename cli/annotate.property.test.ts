// The command-line annotator's path (HTML → main text → detect → annotate) on random HTML
// full of awkward Unicode: every offset it reports indexes the extracted text, in order,
// and the text there is a form of the term's entry.
import * as fc from 'fast-check';
import * as jieba from 'jieba-wasm';
import { expect, test } from 'vitest';
import { annotateText } from '../lib/annotate/annotate';
import { detect } from '../lib/detect';
import { htmlMainText } from '../lib/extract/html-main-text';
import { glossary } from '../lib/glossary/data';
import { createMatcher } from '../lib/glossary/matcher';
import { createSegmenter } from '../lib/segment/segmenter';
import { normalize } from '../lib/text/normalize';

const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);
const formsOf = new Map<string, Set<string>>();
for (const [form, id] of glossary.matcher.forms) if (id) formsOf.set(id, (formsOf.get(id) ?? new Set()).add(form));

const words = fc.constantFrom('亚信', '上海合作组织', '三股势力', '中哈', '哈萨克斯坦', '丝绸之路经济带', '全面战略伙伴关系', '元首', '会谈');
const odd = fc.constantFrom('\u200b', '\u200d', '\u202e', 'e\u0301', '𠀀', '😀', '\ud800', 'Қаз', 'عرب', '&amp;', '&#x20000;', '&nbsp;', '\u3000', '\n');
const inline = fc.array(fc.oneof(words, odd, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((p) => p.join(''));
const block = fc.oneof(
  inline.map((t) => `<p>${t}</p>`),
  fc.tuple(inline, inline).map(([a, b]) => `<p>${a}<b>${b}</b></p>`),
  fc.tuple(inline, inline).map(([a, b]) => `<p>${a}<br>${b}`),
  inline.map((t) => `<div><span>${t}</span></div>`),
);
const html = fc.tuple(inline, fc.array(block, { maxLength: 12 })).map(([title, blocks]) => `<html><head><title>${title}</title></head><body><article>${blocks.join('')}</article></body></html>`);

test('offsets always index the extracted text', () => {
  fc.assert(
    fc.property(html, (page) => {
      const { title, text } = htmlMainText(page);
      const verdict = detect({ title, text });
      let last = 0;
      for (const m of annotateText(text, segmenter, matcher, { pageRelated: verdict.related })) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(formsOf.get(m.entryId)?.has(normalize(text.slice(m.start, m.end)).text)).toBe(true);
        last = m.end;
      }
    }),
    { numRuns: 150 },
  );
});
