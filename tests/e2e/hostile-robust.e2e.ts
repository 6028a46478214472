// A page must not be able to break Treaty Lens (issue 17): clearing the highlight registry,
// replacing its document with document.open(), switching designMode on, adding or changing
// same-origin frames late, zooming <html>, printing, living on a host named like an
// Object.prototype property, or gluing combining marks and joiners to terms.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { textCentreInPage } from '../../scripts/harness/page-probes';
import { setUp, tearDown, type Env } from './fixtures';
import { OUR_RANGE_COUNT, WatchedTab } from './hostile-watch';
import { ARTICLE, INNER, page } from './pages';

const ZOOMED = page(
  '中哈合作 缩放',
  `<main><p>${ARTICLE}</p><p>${ARTICLE}</p><p id="low">${ARTICLE}</p></main>`,
  '<style>html { zoom: 1.5 }</style>',
);
const FRAMELESS = page('中哈合作 后来的框架', `<main><p>${ARTICLE}</p><div id="slot"></div></main>`);
const GLUED = page(
  '中哈合作 组合字符',
  `<main><p>${ARTICLE}</p><p id="glued">附着：亚信\u0301，上海合作组织\u200d😀，三股势力\ufe0f，丝绸之路经济带。</p></main>`,
);

let env: Env;
beforeAll(async () => {
  env = await setUp(
    { '/zoomed.html': ZOOMED, '/frameless.html': FRAMELESS, '/inner.html': INNER, '/glued.html': GLUED },
    // A host that is an Object.prototype property name, served by the same local server.
    { args: ['--host-resolver-rules=MAP constructor 127.0.0.1'] },
  );
});
afterAll(() => tearDown(env));

const centreOf = (tab: WatchedTab, context: string, word: string) =>
  tab.run<{ x: number; y: number }>('measure', `(${textCentreInPage.toString()})(${JSON.stringify([context, word, 0])})`);

const OPEN_CARD = `(() => { for (const el of document.documentElement.children) { const r = el.localName.startsWith('treaty-lens-ui') && chrome.dom.openOrClosedShadowRoot(el); const c = r && r.querySelector('.card:not([hidden])'); if (c) return getComputedStyle(c).display; } return null; })()`;

test("the page's CSS.highlights.clear() does not wipe ours for good", async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
  await tab.annotated();
  const before = await tab.run<number>('content', OUR_RANGE_COUNT);
  await tab.run('page', 'CSS.highlights.clear()');
  await expect.poll(() => tab.run<number>('content', OUR_RANGE_COUNT)).toBe(before);
  await tab.close();
});

test('a document replaced by document.open()/write()/close() after load is read, and its card opens', async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/frameless.html'));
  await tab.annotated();
  await tab.run(
    'page',
    `(() => { document.open(); document.write(${JSON.stringify(`<!doctype html><html lang="zh-CN"><head><title>重写</title></head><body><main><p id="rewritten">重写后的文档：${ARTICLE}</p></main></body></html>`)}); document.close(); })()`,
  );
  await expect.poll(async () => (await tab.highlights()).filter((h) => h.near === 'rewritten').length).toBeGreaterThan(3);
  await tab.page.keyboard.press('Alt+Shift+ArrowDown');
  await tab.page.keyboard.press('Enter');
  await expect.poll(() => tab.run('content', OPEN_CARD)).toBe('flex');
  await tab.close();
});

test("designMode = 'on' makes the whole document editable: no highlight is left", async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
  await tab.annotated();
  await tab.run('page', `document.designMode = 'on'`);
  await expect.poll(() => tab.run<number>('content', OUR_RANGE_COUNT)).toBe(0);
  await tab.close();
});

test('a same-origin iframe added after the first reading is annotated when it loads, and again when its text changes', async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/frameless.html'));
  await tab.annotated();
  await tab.run('page', `document.getElementById('slot').innerHTML = '<iframe id="late" src="/inner.html" width="600" height="200"></iframe>'`);
  await expect.poll(async () => (await tab.highlights()).filter((h) => h.inFrame).map((h) => h.text)).toContain('中国—中亚峰会');
  await tab.run('page', `document.getElementById('late').contentDocument.body.insertAdjacentHTML('beforeend', '<p id="added">后来加上：三股势力</p>')`);
  await expect.poll(async () => (await tab.highlights()).filter((h) => h.inFrame).map((h) => h.text)).toContain('三股势力');
  await tab.close();
});

test('under html { zoom: 1.5 } the card opens right below its term', async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/zoomed.html'));
  await tab.annotated();
  const term = await tab.run<{ x: number; bottom: number; y: number }>(
    'measure',
    `(() => {
      const node = document.getElementById('low').firstChild;
      const at = node.data.indexOf('托卡耶夫');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom };
    })()`,
  );
  await tab.page.mouse.move(term.x, term.y);
  await expect.poll(() => tab.run('content', OPEN_CARD)).toBe('flex');
  // 6 px below the term, plus a little: the card, not the page's text.
  expect(await tab.run('page', `document.elementFromPoint(${term.x}, ${term.bottom + 16})?.localName`)).toBe('treaty-lens-ui');
  await tab.close();
});

test('the card is not printed', async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
  await tab.annotated();
  const term = await centreOf(tab, '称亚信）', '亚信');
  await tab.page.mouse.move(term.x, term.y);
  await expect.poll(() => tab.run('content', OPEN_CARD)).toBe('flex');
  await tab.send('Emulation.setEmulatedMedia', { media: 'print' });
  expect(await tab.run('content', OPEN_CARD)).toBe('none');
  await tab.send('Emulation.setEmulatedMedia', { media: '' });
  await tab.close();
});

test('a host named constructor is annotated like any other', async () => {
  const url = env.server.url('/sample.html').replace('127.0.0.1', 'constructor');
  const tab = await WatchedTab.open(env.browser.context, url);
  expect(new URL(tab.page.url()).hostname).toBe('constructor');
  expect(await tab.annotated()).toBeGreaterThan(10);
  await tab.close();
});

test('no highlight starts or ends inside a grapheme cluster', async () => {
  const tab = await WatchedTab.open(env.browser.context, env.server.url('/glued.html'));
  await tab.annotated();
  const glued = (await tab.highlights()).filter((h) => h.near === 'glued').map((h) => h.text);
  // The term followed by nothing that attaches to it is highlighted; the glued ones are not.
  expect(glued).toEqual(['丝绸之路经济带']);
  const cut = await tab.run<string[]>(
    'content',
    `(() => {
      const inside = (node, offset) => node.nodeType === 3 && offset > 0 && offset < node.data.length && /^[\\p{Grapheme_Extend}\\p{Mc}\\u200d]/u.test(node.data.slice(offset));
      return [...CSS.highlights].filter(([n]) => n.startsWith('treaty-lens-')).flatMap(([, h]) => [...h])
        .filter((r) => inside(r.startContainer, r.startOffset) || inside(r.endContainer, r.endOffset)).map((r) => r.toString());
    })()`,
  );
  expect(cut).toEqual([]);
  await tab.close();
});
