// Small test pages, written for these tests: each exercises one way real pages present
// their text. The Chinese is ordinary diplomatic-news prose in the corpus's vocabulary.
export const ARTICLE =
  '国家主席习近平在西安同哈萨克斯坦总统托卡耶夫举行会谈。两国元首一致同意深化中哈永久全面战略伙伴关系，' +
  '在上海合作组织和亚信框架内加强协作，共同打击“三股势力”，推动共建丝绸之路经济带取得更多成果。';

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** A related article with the pieces each test looks for. */
export const SPLIT_AND_HIDDEN = page(
  '中哈元首会谈 - 测试新闻网',
  `<main><h1>习近平同托卡耶夫会谈</h1><p>${ARTICLE}</p>
   <p id="split">会议期间，双方回顾了<b>亚</b>信成立以来的合作，并就丝绸之<br>路经济带与“光明之路”新经济政策对接交换意见。</p>
   <p id="hidden" style="display:none">隐藏段落：上合组织秘书处。</p>
   <div id="editor" contenteditable="true">编辑框：上海合作组织</div>
   <textarea id="notes">备注：亚信</textarea></main>`,
);

/** Content arrives after load: an SPA that renders, then navigates with pushState. */
export const SPA = page(
  '新闻客户端',
  `<main id="app"><p>正在加载……</p></main>
   <script src="/spa.js"></script>`,
);

export const SPA_SCRIPT = `
const app = document.getElementById('app');
const views = {
  '/spa.html': '<h1>中国—中亚峰会在西安举行</h1><p>${ARTICLE}</p><p>${ARTICLE}</p><p><a data-nav href="/spa/weather">天气</a></p>',
  '/spa/weather': '<h1>本周天气</h1><p>周末多云，最高气温二十三度，适合户外散步。</p>',
};
function render() { app.innerHTML = views[location.pathname] || '<p>没有这个页面</p>'; }
setTimeout(render, 50);
window.addEventListener('popstate', render);
window.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a) return;
  e.preventDefault();
  history.pushState({}, '', a.getAttribute('href'));
  render();
});
window.appendStory = () => {
  const p = document.createElement('p');
  p.className = 'story';
  p.textContent = '另据报道，中哈原油管道运行平稳，中欧班列开行数量持续增长。';
  document.getElementById('app').appendChild(p);
};
`;

export const WITH_IFRAME = page(
  '中哈合作专题',
  `<main><h1>中哈合作专题</h1><p>${ARTICLE}</p><iframe id="frame" src="/inner.html" width="600" height="200"></iframe></main>`,
);

export const INNER = page('内嵌', '<p id="inner">内嵌页面：中国—中亚峰会通过了西安宣言。</p>');

export const UNRELATED = page(
  '周末菜谱',
  '<main><h1>周末菜谱：番茄炒蛋</h1><p>番茄洗净切块，鸡蛋打散加少许盐。热锅凉油，先炒鸡蛋再下番茄，出锅前撒葱花。</p></main>',
);
