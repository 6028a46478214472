// The pages that test whether a page ever feels us (issue 11), generated from the corpus like
// the others: a 150,000-character related page with a CSS animation of its own, a page whose
// text is one text node of 2 MiB, and a page whose related block changes every 10 ms. Each
// carries the page's own script that the benchmark reads (frames, timer ticks).
import type { Corpus } from '../../lib/corpus/schema';
import { corpusArticles, escape, shell, type BenchPage } from './pages';
import { seededRandom, shuffled, type Random } from './random';

/** The page's own timer period (a common polling interval). */
const PAGE_TIMER_MS = 16;
/** How often the mutating page changes its related block, and how big the block is. */
const MUTATION_EVERY_MS = 10;
export const MUTATING_BLOCK_CHARS = 5_000;
/** Ticks are also counted this long after the block stops changing: queued work shows there. */
export const AFTER_MUTATION_MS = 2_000;

const NAV = ['首页', '文献', '专题'];

/** Corpus paragraphs, documents reshuffled each round, run together until the text is long enough. */
function corpusText(corpus: Corpus, random: Random, min: { chars?: number; utf8Bytes?: number }): string {
  if (corpus.documents.length === 0) throw new Error('the corpus has no documents');
  const parts: string[] = [];
  let chars = 0;
  let bytes = 0;
  const enough = () => chars >= (min.chars ?? 0) && bytes >= (min.utf8Bytes ?? 0);
  while (!enough()) {
    for (const doc of shuffled(random, corpus.documents)) {
      for (const p of doc.paragraphs) {
        parts.push(p.text);
        chars += p.text.length;
        bytes += Buffer.byteLength(p.text);
      }
      if (enough()) break;
    }
  }
  return parts.join('');
}

/** A script's JSON literal that cannot close the <script> element it sits in. */
const scriptLiteral = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** 150,000 characters of corpus articles and a box the page animates with a non-composited property. */
export function animationPage(corpus: Corpus, minChars = 150_000, seed = 3): BenchPage {
  const { html: articles, blocks } = corpusArticles(corpus, minChars, seededRandom(seed));
  // `left` (not transform) needs the main thread's style, layout and paint on every frame,
  // as most page animations do: the frames a busy main thread drops show.
  const head = `
  <style>
    #bench-animation { position: fixed; left: 16px; bottom: 16px; width: 48px; height: 48px; background: #c33;
      animation: bench-slide 1s linear infinite alternate; }
    @keyframes bench-slide { from { left: 16px; } to { left: 216px; } }
  </style>`;
  const main = `    <div id="bench-animation" aria-hidden="true"></div>\n${articles}`;
  return { path: '/animation.html', html: shell('中国—中亚关系文献汇编（动画）', NAV, main, head), text: blocks.join('\n') };
}

/**
 * One text node of corpus text, at least `utf8Bytes` long. The HTML parser splits long text
 * into several nodes, so the page joins them (normalize) as soon as it is parsed. Its own
 * 16 ms timer records every gap between ticks in `window.benchTimer`, with when parsing
 * ended (`parsed`) and when the first frame after it had been rendered (`shown`: laying out
 * the huge node is the page's own cost, and takes hundreds of ms without any extension).
 */
export function hugeTextNodePage(corpus: Corpus, utf8Bytes = 2 * 1024 * 1024, seed = 4): BenchPage {
  const text = corpusText(corpus, seededRandom(seed), { utf8Bytes });
  const head = `
  <script>
    (() => {
      const timer = (window.benchTimer = { gaps: [], parsed: null, shown: null });
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        timer.gaps.push({ end: now, ms: now - last });
        last = now;
      }, ${PAGE_TIMER_MS});
      document.addEventListener('DOMContentLoaded', () => {
        document.getElementById('huge').normalize();
        timer.parsed = performance.now();
        // A rAF callback runs before its frame's layout; a task queued from it runs after.
        requestAnimationFrame(() => setTimeout(() => (timer.shown = performance.now())));
      });
    })();
  </script>`;
  const main = `    <div id="huge">${escape(text)}</div>`;
  return { path: '/huge-text-node.html', html: shell('中国—中亚关系文献全文', NAV, main, head), text };
}

/**
 * A related block of 5,000 characters and, on the page's call to `benchMutate(ms)`, a timer
 * that replaces its text every 10 ms for `ms`, beside the page's own 16 ms timer, whose ticks
 * it counts during the changes and for two seconds after.
 */
export function mutatingBlockPage(corpus: Corpus, seed = 5): BenchPage {
  const pool = corpusText(corpus, seededRandom(seed), { chars: MUTATING_BLOCK_CHARS * 4 });
  const first = pool.slice(0, MUTATING_BLOCK_CHARS);
  const head = `
  <script>
    window.benchMutate = (ms) => new Promise((resolve) => {
      const pool = ${scriptLiteral(pool)};
      const block = document.getElementById('live');
      const counts = { ticks: 0, ticksAfter: 0, changes: 0 };
      let changing = true;
      let at = 0;
      const tick = setInterval(() => (changing ? counts.ticks++ : counts.ticksAfter++), ${PAGE_TIMER_MS});
      const change = setInterval(() => {
        at = (at + 97) % (pool.length - ${MUTATING_BLOCK_CHARS});
        block.textContent = pool.slice(at, at + ${MUTATING_BLOCK_CHARS});
        counts.changes++;
      }, ${MUTATION_EVERY_MS});
      setTimeout(() => {
        clearInterval(change);
        changing = false;
        setTimeout(() => {
          clearInterval(tick);
          resolve(counts);
        }, ${AFTER_MUTATION_MS});
      }, ms);
    });
  </script>`;
  const main = `    <h2>中国—中亚关系实时文摘</h2>\n    <div id="live">${escape(first)}</div>`;
  return { path: '/mutating-block.html', html: shell('中国—中亚关系实时文摘', NAV, main, head), text: first };
}
