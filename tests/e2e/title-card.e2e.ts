// Titles in 《…》 that the glossary does not have: highlighted in their own style, with a
// card that names the kind of document and says whether the bundled corpus has it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTICLE, page } from './pages';
import { HIGHLIGHT_ENTRIES, inContentScript, locateText, setUp, tearDown, waitForCard, waitForVerdict, type Env } from './fixtures';

const CITING = page(
  '中哈外长会谈 - 测试新闻网',
  `<main><h1>中哈外长会谈</h1><p>${ARTICLE}</p>
   <p>双方回顾了《中华人民共和国与哈萨克斯坦共和国联合宣言》的落实情况，同意签署《中哈关于跨境数据合作的谅解备忘录》。</p>
   <p>本报记者向《边疆晚报》介绍了会谈情况。</p></main>`,
);

let env: Env;
beforeAll(async () => {
  env = await setUp({ '/citing.html': CITING });
});
afterAll(() => tearDown(env));

test('both titles are highlighted as titles, the newspaper is not, and the terms around stay', async () => {
  const tab = await env.browser.context.newPage();
  await tab.goto(env.server.url('/citing.html'));
  await waitForVerdict(tab, 'related');
  const titles = await inContentScript<string[]>(
    tab,
    `${HIGHLIGHT_ENTRIES}.filter(([n]) => n === 'treaty-lens-agreement-title').map(([, r]) => r.toString())`,
  );
  expect(titles.sort()).toEqual(['中华人民共和国与哈萨克斯坦共和国联合宣言', '中哈关于跨境数据合作的谅解备忘录']);
  const all = await inContentScript<string[]>(tab, `${HIGHLIGHT_ENTRIES}.map(([, r]) => r.toString())`);
  expect(all).not.toContain('边疆晚报');
  expect(all).toContain('托卡耶夫');
  await tab.close();
});

test('a title the corpus lacks: its kind and "Not in the bundled corpus"; one it has: a link to it', async () => {
  const tab = await env.browser.context.newPage();
  await tab.goto(env.server.url('/citing.html'));
  await waitForVerdict(tab, 'related');

  await tab.mouse.move(5, 5);
  const memo = await locateText(tab, '跨境数据合作的谅解备忘录', '数据');
  await tab.mouse.move(memo.x, memo.y);
  const missing = await waitForCard(tab);
  expect(missing.text).toContain('Agreement title (not in the glossary)');
  expect(missing.text).toContain('Memorandum of understanding');
  expect(missing.text).toContain('Not in the bundled corpus');
  // Every card has its Pin and Close buttons, so every card is a dialog, never a tooltip.
  expect(missing.role).toBe('dialog');

  await tab.mouse.move(5, 5);
  await waitForCard(tab, false);
  const declaration = await locateText(tab, '共和国联合宣言》', '联合宣言');
  await tab.mouse.move(declaration.x, declaration.y);
  const found = await waitForCard(tab);
  expect(found.text).toContain('Joint declaration');
  expect(found.text).toContain('In the corpus');
  expect(found.text).toContain('2014 · 中华人民共和国和哈萨克斯坦共和国联合宣言');
  expect(found.role).toBe('dialog');
  await tab.close();
});
