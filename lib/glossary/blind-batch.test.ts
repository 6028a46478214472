// Term recall on the glossary's blind batch (tests/fixtures/glossary-blind/): related pages
// written before their terms were run through the matcher, each listing in
// <meta name="expected-terms"> what a reader would want explained. The pipeline is the
// command-line annotator's: main text, detection, then matching with the page's verdict.
// Each batch (file prefix blind3-, blind4-) is scored alone; the floor guards against
// regressions, and each figure is printed with its misses and the other highlights (read by
// hand for wrong cards).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { annotateText } from '../annotate/annotate';
import { detect } from '../detect';
import { htmlMainText } from '../extract/html-main-text';
import { createSegmenter } from '../segment/segmenter';
import { glossary } from './data';
import { createMatcher } from './matcher';

const DIR = fileURLToPath(new URL('../../tests/fixtures/glossary-blind/', import.meta.url));
const RECALL_FLOOR = 0.9;

const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => {
    const html = readFileSync(DIR + file, 'utf8');
    const expected = unescape(/<meta name="expected-terms" content="([^"]*)">/.exec(html)?.[1] ?? '').split('|').filter(Boolean);
    const main = htmlMainText(html);
    const verdict = detect(main);
    const found = annotateText(main.text, segmenter, matcher, { pageRelated: verdict.related }).map((m) => main.text.slice(m.start, m.end));
    return { file, expected, text: main.text, found };
  });

describe('the blind batch', () => {
  test('has about ten pages, each listing expected terms that occur in its text', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const p of pages) {
      expect(p.expected.length, p.file).toBeGreaterThan(5);
      expect(p.expected.filter((e) => !p.text.includes(e)), p.file).toEqual([]);
    }
  });

  test(`expected-term recall is at least ${RECALL_FLOOR} on each batch`, () => {
    // Batches by file prefix (blind3-, blind4-): each written at its own time, each scored alone.
    const batches = new Map<string, typeof pages>();
    for (const p of pages) {
      const batch = p.file.split('-')[0]!;
      batches.set(batch, [...(batches.get(batch) ?? []), p]);
    }
    expect(batches.size).toBeGreaterThanOrEqual(2);
    for (const [batch, list] of batches) {
      let hit = 0;
      let total = 0;
      const misses: string[] = [];
      for (const p of list) {
        for (const e of p.expected) {
          total++;
          if (p.found.some((f) => f.includes(e))) hit++;
          else misses.push(e);
        }
      }
      // Highlights that are no expected term and hold none: each is read by hand for a wrong card.
      const unexpected = list.flatMap((p) => p.found.filter((f) => !p.expected.some((e) => f.includes(e) || e.includes(f))));
      console.log(`${batch}: recall ${hit}/${total} = ${(hit / total).toFixed(3)}; missed: ${misses.join(', ')}; other highlights: ${[...new Set(unexpected)].join(', ')}`);
      expect(hit / total, batch).toBeGreaterThanOrEqual(RECALL_FLOOR);
    }
  });
});
