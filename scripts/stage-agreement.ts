// How often the two stages of matching disagree: the fast trie stage (what a page shows at
// once) against the jieba stage (what it settles on), over the detection fixtures, the
// corpus and the benchmark's pages; and the fast stage's speed. Run: npx tsx scripts/stage-agreement.ts
import { readdirSync, readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { annotateFast, annotateText } from '../lib/annotate/annotate';
import { corpus } from '../lib/corpus/data';
import { htmlMainText } from '../lib/extract/html-main-text';
import { glossary } from '../lib/glossary/data';
import { createFastMatcher } from '../lib/glossary/fast-matcher';
import { createMatcher, type Match } from '../lib/glossary/matcher';
import { createSegmenter } from '../lib/segment/segmenter';
import { largePage, samplePage, unrelatedPage } from './bench/pages';

const matcher = createMatcher(glossary.matcher);
const fast = createFastMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);

const FIXTURES = 'tests/fixtures/pages';
const texts: [string, string][] = [];
for (const kind of ['related', 'unrelated']) {
  for (const file of readdirSync(`${FIXTURES}/${kind}`)) {
    const html = readFileSync(`${FIXTURES}/${kind}/${file}`, 'utf8');
    const { title, text } = htmlMainText(html);
    texts.push([`fixtures/${kind}`, `${title}\n${text}`]);
  }
}
for (const doc of corpus.documents) texts.push(['corpus', doc.paragraphs.map((p) => p.text).join('\n')]);
for (const page of [samplePage(corpus), unrelatedPage()]) texts.push([`bench${page.path}`, page.text]);

const key = (m: Match) => `${m.entryId}@${m.start}-${m.end}`;
const groups = new Map<string, { chars: number; fast: number; settled: number; onlyFast: number; onlySettled: number }>();
const differing = new Map<string, number>();
for (const [group, text] of texts) {
  for (const pageRelated of [true]) {
    const a = annotateFast(text, fast, { pageRelated });
    const b = annotateText(text, segmenter, matcher, { pageRelated });
    const inB = new Set(b.map(key));
    const inA = new Set(a.map(key));
    const g = groups.get(group) ?? { chars: 0, fast: 0, settled: 0, onlyFast: 0, onlySettled: 0 };
    g.chars += text.length;
    g.fast += a.length;
    g.settled += b.length;
    for (const m of a) {
      if (inB.has(key(m))) continue;
      g.onlyFast++;
      const what = `+ ${text.slice(Math.max(0, m.start - 2), m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, m.end + 2)}`;
      differing.set(what, (differing.get(what) ?? 0) + 1);
    }
    for (const m of b) {
      if (inA.has(key(m))) continue;
      g.onlySettled++;
      const what = `- ${text.slice(Math.max(0, m.start - 2), m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, m.end + 2)}`;
      differing.set(what, (differing.get(what) ?? 0) + 1);
    }
    groups.set(group, g);
  }
}
console.log('group                    chars     fast  settled  only-fast  only-jieba  agreement');
for (const [group, g] of groups) {
  const agree = 1 - (g.onlyFast + g.onlySettled) / Math.max(1, g.settled + g.onlyFast);
  console.log(
    `${group.padEnd(22)} ${String(g.chars).padStart(8)} ${String(g.fast).padStart(8)} ${String(g.settled).padStart(8)} ${String(g.onlyFast).padStart(10)} ${String(g.onlySettled).padStart(11)}  ${(agree * 100).toFixed(1)} %`,
  );
}
console.log('\nwhere they differ (+ fast only, - jieba only), most frequent first:');
for (const [what, n] of [...differing].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${n}× ${what}`);

const large = largePage(corpus).text;
for (let i = 0; i < 3; i++) annotateFast(large, fast, { pageRelated: true });
const t0 = performance.now();
const runs = 5;
for (let i = 0; i < runs; i++) fast.match(large, { pageRelated: true });
const perMs = (large.length * runs) / (performance.now() - t0);
console.log(`\nfast stage on ${large.length} normalised characters: ${Math.round(perMs)} chars/ms (match only, Node)`);
