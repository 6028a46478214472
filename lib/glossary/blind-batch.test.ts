// Term recall on the glossary's blind batch (tests/fixtures/glossary-blind/): related pages
// written before their terms were run through the matcher, each listing in
// <meta name="expected-terms"> what a reader would want explained. The pipeline is the
// command-line annotator's: main text, detection, then matching with the page's verdict.
// The floor guards against regressions; the figure itself is printed.
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

  test(`expected-term recall is at least ${RECALL_FLOOR}`, () => {
    let hit = 0;
    let total = 0;
    const misses: string[] = [];
    for (const p of pages) {
      for (const e of p.expected) {
        total++;
        if (p.found.some((f) => f.includes(e))) hit++;
        else misses.push(`${p.file}: ${e}`);
      }
    }
    console.log(`blind batch: recall ${hit}/${total} = ${(hit / total).toFixed(3)}; missed: ${misses.map((m) => m.split(': ')[1]).join(', ')}`);
    expect(hit / total).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
