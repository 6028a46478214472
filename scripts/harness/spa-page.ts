// A small single-page app written for the tests and the benchmark: it renders a related
// article after load, navigates with pushState to an unrelated view and back (popstate),
// and can append stories as an infinite feed does.
export const ARTICLE =
  '国家主席习近平在西安同哈萨克斯坦总统托卡耶夫举行会谈。两国元首一致同意深化中哈永久全面战略伙伴关系，' +
  '在上海合作组织和亚信框架内加强协作，共同打击“三股势力”，推动共建丝绸之路经济带取得更多成果。';

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

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

