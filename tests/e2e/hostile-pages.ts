// Hostile pages, written for these tests: each attacks one assumption a content script
// might make (a strict CSP, Trusted Types, replaced built-ins, our own element name taken,
// a huge or deep DOM, broken HTML, constant mutation, editable text, frames, shadow roots,
// document.write, right-to-left text). Every page carries a related article with glossary
// terms and loads tests/fixtures/hostile/probe.js, the page's own canary.
import { readFileSync } from 'node:fs';
import type { Page as ServedPage } from '../../scripts/harness/serve';
import { ARTICLE } from './pages';

const script = (name: string): ServedPage => ({ body: readFileSync(`tests/fixtures/hostile/${name}.js`, 'utf8'), type: 'text/javascript' });
const SCRIPTS = ['probe', 'builtins', 'custom-element', 'deep', 'mutating', 'shadow', 'document-write', 'trusted-types', 'iframe-inner'];

const src = (name: string) => `<script src="/hostile/${name}.js"></script>`;

function hostile(title: string, body: string, options: { head?: string; htmlAttrs?: string } = {}): string {
  return (
    `<!doctype html><html lang="zh-CN"${options.htmlAttrs ?? ''}><head><meta charset="utf-8"><title>${title} - 中哈合作测试</title>` +
    `${src('probe')}${options.head ?? ''}</head>` +
    `<body><main><h1>${title}</h1><p id="article">${ARTICLE}</p>${body}</main></body></html>`
  );
}

/** 100,000 nodes: 24,990 paragraphs of an element and three text nodes each, after the article. */
function bigBody(): string {
  const parts: string[] = [];
  for (let i = 0; i < 24_990; i++) parts.push(`<p><b>第${i}段</b>天气晴，气温${i % 30}度。</p>`);
  return `<section id="big">${parts.join('')}</section>`;
}

const MALFORMED =
  // No <html>, <head> or <body>; unclosed and misnested tags, stray end tags, a table with
  // loose text, broken attributes, bad entities and a lone surrogate reference.
  `<!doctype html><meta charset="utf-8"><title>畸形页面 - 中哈合作测试</title>${src('probe')}` +
  `<main><h1>畸形页面<p id="article">${ARTICLE}</p>` +
  `<p>未闭合段落<b>加粗<i>交错</b>斜体</i>上海合作组织<p>嵌套<p>段落` +
  `<table><tr><td>表格里的亚信<div>游离的三股势力</table></td></span></div></p></br>` +
  `<a href="#" "bad"=1 title='x>丝绸之路经济带</a>&notanentity; &#xD800; &amp &#0; <!-- 未闭合注释 -- > 全面战略伙伴关系 ` +
  `<ul><li>一<li>二<dd>三</ul><select><option>选项亚信</select><font color=red>中亚峰会</font>`;

export const OTHER_ORIGIN_PAGES: Record<string, ServedPage> = {
  '/hostile/inner.html': {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${src('iframe-inner')}</head><body><p id="inner">内嵌页面：中国—中亚峰会通过了西安宣言。</p></body></html>`,
  },
  '/hostile/iframe-inner.js': script('iframe-inner'),
};

/** The pages on the main server; `otherOrigin` serves OTHER_ORIGIN_PAGES for the cross-origin frame. */
export function hostilePages(otherOrigin: string): Record<string, ServedPage> {
  const pages: Record<string, ServedPage> = { ...OTHER_ORIGIN_PAGES };
  for (const name of SCRIPTS) pages[`/hostile/${name}.js`] = script(name);
  Object.assign(pages, {
    '/hostile/csp.html': {
      body: hostile('严格内容安全策略', '<p>页面只允许自己的脚本和样式：上海合作组织。</p>'),
      headers: { 'content-security-policy': "script-src 'self'; style-src 'self'" },
    },
    '/hostile/trusted-types.html': {
      body: hostile('可信类型', `<div id="tt-target"></div>${src('trusted-types')}`),
      headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types page-policy; script-src 'self'" },
    },
    '/hostile/builtins.html': { body: hostile('改写内置函数', '<p>页面改写了内置函数：亚信。</p>', { head: src('builtins') }) },
    '/hostile/custom-element.html': {
      body: hostile('占用元素名', '<treaty-lens-ui data-page>页面自己的元素</treaty-lens-ui><p>三股势力</p>', { head: src('custom-element') }),
    },
    '/hostile/big.html': { body: hostile('十万节点', bigBody()) },
    '/hostile/deep.html': {
      body: hostile('千层嵌套', `<div id="deep"></div><template id="article-template"><p class="deepest">最深处：丝绸之路经济带与上海合作组织。</p></template>${src('deep')}`),
    },
    '/hostile/malformed.html': { body: MALFORMED },
    '/hostile/mutating.html': { body: hostile('不停变化', `<p>计数：<span id="ticker">0</span></p><ul id="feed"></ul>${src('mutating')}`) },
    '/hostile/editable.html': {
      body: hostile(
        '可编辑区域',
        '<div id="editor" contenteditable="true"><p>编辑框：上海合作组织和亚信</p></div>' +
          '<textarea id="notes">备注：三股势力、丝绸之路经济带</textarea><input id="field" value="上海合作组织">' +
          '<div id="plain" contenteditable="plaintext-only">纯文本编辑：全面战略伙伴关系</div>' +
          '<p>段落中<span id="inline-edit" contenteditable="true">亚信</span>可编辑。</p>',
      ),
    },
    '/hostile/iframes.html': {
      body: hostile(
        '框架',
        `<iframe id="same" src="/hostile/inner.html" width="500" height="120"></iframe>` +
          `<iframe id="cross" src="${otherOrigin}/hostile/inner.html" width="500" height="120"></iframe>`,
      ),
    },
    '/hostile/shadow.html': {
      body: hostile(
        '影子树',
        '<news-card id="open-card" text="影子里：上海合作组织成员国"><span>插槽里：亚信</span></news-card>' +
          `<news-card closed text="封闭影子：三股势力"></news-card>${src('shadow')}`,
      ),
    },
    '/hostile/document-write.html': { body: hostile('文档写入', src('document-write')) },
    '/hostile/rtl.html': {
      body: hostile(
        '从右到左',
        '<p dir="rtl" lang="ar">العلاقات بين الصين وكازاخستان: 上海合作组织 في أستانا</p>' +
          '<p dir="rtl" lang="he">שיתוף פעולה 亚信 ביטחון</p><p><bdo dir="rtl">三股势力</bdo></p>' +
          '<p>Қазақстан Республикасы 中哈 \u202e反向丝绸之路经济带\u202c 𠀀😀 e\u0301 ｼ\u200d 全面战略伙伴关系</p>',
        { htmlAttrs: ' dir="rtl"' },
      ),
    },
  });
  return pages;
}
