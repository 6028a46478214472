// The bundled sample page: a news-site article built from corpus documents (the seeds),
// with the site chrome a real page has around it (navigation, related links, footer).
import type { CorpusDocument } from '../../lib/corpus/schema';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function articleHtml(doc: CorpusDocument): string {
  const paras = doc.paragraphs
    .map((p) => (p.kind === 'heading' ? `<h3>${escape(p.text)}</h3>` : `<p>${escape(p.text)}</p>`))
    .join('\n      ');
  return `<article>
      <h1>${escape(doc.title)}</h1>
      <p class="byline">${escape(doc.source.publication)} · ${doc.date}</p>
      ${paras}
    </article>`;
}

export function samplePageHtml(docs: readonly CorpusDocument[], title = docs[0]?.title ?? '示例页面'): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escape(title)} - 示例新闻网</title>
  <style>
    body { font: 17px/1.8 "WenQuanYi Zen Hei", sans-serif; margin: 0; color: #222; background: #fafafa; }
    nav, footer { background: #8b0000; color: #fff; padding: 8px 24px; font-size: 14px; }
    nav a, footer a { color: #fff; margin-right: 16px; }
    main { max-width: 760px; margin: 0 auto; padding: 16px 24px; background: #fff; }
    .byline { color: #777; font-size: 14px; }
    aside { max-width: 760px; margin: 16px auto; padding: 0 24px; font-size: 14px; color: #555; }
  </style>
</head>
<body>
  <nav><a href="#">首页</a><a href="#">时政</a><a href="#">国际</a><a href="#">财经</a><a href="#">评论</a></nav>
  <main>
    ${docs.map(articleHtml).join('\n    ')}
  </main>
  <aside><h2>相关阅读</h2><ul><li><a href="#">本网专题：共建“一带一路”十周年</a></li><li><a href="#">图片新闻</a></li></ul></aside>
  <footer>示例新闻网 · 本页由 Treaty Lens 根据语料库生成，用于演示与测试</footer>
</body>
</html>
`;
}
