// Terms that touch (新华社阿斯塔纳, 上海合作组织命运共同体) stay visibly separate: the second of
// each pair is drawn in its category's "next" mark (a deeper tint, a double line), in every style.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HIGHLIGHT_ENTRIES, inContentScript, setUp, tearDown, waitForVerdict, type Env } from './fixtures';
import { page as html } from './pages';

const ADJACENT = html(
  '新华社阿斯塔纳电',
  `<main><h1>中哈元首会谈</h1><p>新华社阿斯塔纳7月3日电 国家主席习近平同哈萨克斯坦总统托卡耶夫举行会谈。两国元首一致同意深化中哈永久全面战略伙伴关系，共建更加紧密的上海合作组织命运共同体，在亚信框架内加强协作。</p></main>`,
);

let env: Env;
let tab: Page;
beforeAll(async () => {
  env = await setUp({ '/adjacent.html': ADJACENT });
  tab = await env.browser.context.newPage();
  await tab.goto(env.server.url('/adjacent.html'));
  await waitForVerdict(tab, 'related');
});
afterAll(() => tearDown(env));

/** Highlighted text → the highlight it is drawn in. */
const marks = () =>
  inContentScript<Record<string, string>>(tab, `Object.fromEntries(${HIGHLIGHT_ENTRIES}.map(([name, range]) => [range.toString(), name]))`);

test('the second of two touching terms is drawn apart; a term on its own is not', async () => {
  const drawn = await marks();
  expect(drawn['新华社']).toMatch(/^treaty-lens-[a-z]+$/);
  expect(drawn['阿斯塔纳']).toMatch(/^treaty-lens-[a-z]+-next$/);
  expect(drawn['上海合作组织']).not.toContain('-next');
  expect(drawn['命运共同体']).toMatch(/-next$/);
  expect(drawn['亚信']).toBe('treaty-lens-organization');
  // The "next" mark really looks different: a double line where the first has a single one.
  const style = await tab.evaluate(() => {
    const first = getComputedStyle(document.body, '::highlight(treaty-lens-organization)');
    const next = getComputedStyle(document.body, '::highlight(treaty-lens-place-next)');
    return [first.textDecorationStyle, next.textDecorationStyle];
  });
  expect(style).toEqual(['solid', 'double']);
});
