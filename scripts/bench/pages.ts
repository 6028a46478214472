// The benchmark's pages, all generated: the related sample page (the demo's and the tests'),
// an unrelated page of everyday Chinese, and a 1,000,000-character related page built from
// the whole corpus, reshuffled and marked up differently on every repetition.
import type { Corpus } from '../../lib/corpus/schema';
import { sampleDocs } from '../harness/sample-docs';
import { samplePageHtml } from '../harness/sample-page';
import { SLOTS, TOPICS } from './everyday-text';
import { pick, seededRandom, shuffled, type Random } from './random';

export interface BenchPage {
  path: string;
  html: string;
  /** The readable text we generated (titles, headings, paragraphs), one block a line. */
  text: string;
}

export const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A generated page; `head` adds styles or scripts of the page's own. */
export function shell(title: string, nav: readonly string[], main: string, head = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escape(title)}</title>
  <style>
    body { font: 17px/1.8 "WenQuanYi Zen Hei", sans-serif; margin: 0; color: #222; background: #fafafa; }
    nav, footer { background: #205080; color: #fff; padding: 8px 24px; font-size: 14px; }
    nav a { color: #fff; margin-right: 16px; }
    main { max-width: 760px; margin: 0 auto; padding: 16px 24px; background: #fff; }
  </style>${head}
</head>
<body>
  <nav>${nav.map((n) => `<a href="#">${escape(n)}</a>`).join('')}</nav>
  <main>
${main}
  </main>
  <footer>本页由基准测试脚本生成</footer>
</body>
</html>
`;
}

export function samplePage(corpus: Corpus): BenchPage {
  const docs = sampleDocs(corpus);
  const text = docs.flatMap((d) => [d.title, ...d.paragraphs.map((p) => p.text)]).join('\n');
  return { path: '/sample.html', html: samplePageHtml(docs), text };
}

function fillSlots(random: Random, sentence: string): string {
  const n = 2 + Math.floor(random() * 30);
  return sentence.replace(/\{(\w+)\}/g, (slot, name: string) => {
    if (name === 'n') return String(n);
    if (name === 'm') return String(Math.floor(random() * n));
    const values = SLOTS[name];
    if (!values) throw new Error(`no values for slot ${slot}`);
    return pick(random, values);
  });
}

/** Everyday text (weather, food, sport, tech …): Chinese, but nothing our detector looks for. */
export function unrelatedPage(minChars = 20_000, seed = 1): BenchPage {
  const random = seededRandom(seed);
  const sections: string[] = [];
  const blocks: string[] = [];
  let chars = 0;
  while (chars < minChars) {
    const topic = pick(random, TOPICS);
    const paras: string[] = [];
    for (let p = 0; p < 3; p++) {
      const count = 3 + Math.floor(random() * 3);
      const text = Array.from({ length: count }, () => fillSlots(random, pick(random, topic.sentences))).join('');
      paras.push(`    <p>${escape(text)}</p>`);
      blocks.push(text);
      chars += text.length;
    }
    sections.push(`    <h2>${escape(topic.heading)}</h2>\n${paras.join('\n')}`);
    blocks.push(topic.heading);
    chars += topic.heading.length;
  }
  const html = shell('生活频道 - 今日要闻', ['首页', '天气', '美食', '体育', '科技', '出行'], sections.join('\n'));
  return { path: '/unrelated.html', html, text: blocks.join('\n') };
}

/** Wraps a random stretch of some paragraphs in inline markup, so terms sometimes cross elements. */
function markUp(random: Random, text: string): string {
  const roll = random();
  if (roll > 0.3 || text.length < 12) return escape(text);
  const start = Math.floor(random() * (text.length - 8));
  const end = start + 2 + Math.floor(random() * 6);
  const tag = roll < 0.15 ? 'strong' : 'a';
  const open = tag === 'a' ? '<a href="#">' : '<strong>';
  return `${escape(text.slice(0, start))}${open}${escape(text.slice(start, end))}</${tag}>${escape(text.slice(end))}`;
}

/** The corpus over and over as articles, documents reshuffled each round, until `minChars` characters. */
export function corpusArticles(corpus: Corpus, minChars: number, random: Random): { html: string; blocks: string[] } {
  if (corpus.documents.length === 0) throw new Error('the corpus has no documents');
  const articles: string[] = [];
  const blocks: string[] = [];
  let chars = 0;
  for (let round = 1; chars < minChars; round++) {
    for (const doc of shuffled(random, corpus.documents)) {
      const title = `${doc.title}（汇编第${round}辑）`;
      const paras = doc.paragraphs.map((p) => (p.kind === 'heading' ? `<h3>${escape(p.text)}</h3>` : `<p>${markUp(random, p.text)}</p>`));
      articles.push(`    <article>\n      <h2>${escape(title)}</h2>\n      ${paras.join('\n      ')}\n    </article>`);
      blocks.push(title, ...doc.paragraphs.map((p) => p.text));
      chars += title.length + doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
      if (chars >= minChars) break;
    }
  }
  return { html: articles.join('\n'), blocks };
}

/** The 1,000,000-character page: the corpus over and over, marked up differently each time. */
export function largePage(corpus: Corpus, minChars = 1_000_000, seed = 2): BenchPage {
  const { html: main, blocks } = corpusArticles(corpus, minChars, seededRandom(seed));
  const html = shell('中国—中亚关系文献汇编', ['首页', '文献', '专题', '检索'], main);
  return { path: '/large.html', html, text: blocks.join('\n') };
}
