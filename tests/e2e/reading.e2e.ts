// What a reader does on the sample page: sees terms highlighted, hovers one, follows its
// link into the corpus, and turns the site off and on from the popup.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardLinkCentre, highlightedTexts, hoverCica, inCard, setUp, tearDown, uncoveredOccurrences, waitForVerdict, type Env } from './fixtures';

const HEADLINE_TERMS = ['亚信', '三股势力', '上海合作组织', '全面战略伙伴关系', '丝绸之路经济带', '睦邻友好'];

let env: Env;
let page: Page;

beforeAll(async () => {
  env = await setUp();
  page = await env.browser.context.newPage();
  await page.goto(env.server.url('/sample.html'));
});
afterAll(() => tearDown(env));

describe('the sample page', () => {
  test('is judged related and every glossary term is highlighted', async () => {
    const { terms } = await waitForVerdict(page, 'related');
    const texts = await highlightedTexts(page);
    expect(texts.length).toBe(terms);
    const distinct = new Set(texts);
    for (const term of HEADLINE_TERMS) expect(distinct, term).toContain(term);
    expect(distinct.size).toBeGreaterThanOrEqual(HEADLINE_TERMS.length + 12);
    // Every occurrence, not just the first: none is left uncovered.
    for (const term of HEADLINE_TERMS) expect(await uncoveredOccurrences(page, term), term).toBe(0);
  });

  test('hovering a term opens its card with pinyin, English and a corpus link', async () => {
    const card = await hoverCica(page);
    const text = card.text;
    expect(text).toContain('亚信');
    expect(text).toContain('Conference on Interaction and Confidence Building Measures in Asia');
    expect(text).toContain('CICA');
    expect(text).toMatch(/Yà\s*xìn/i);
    expect(await inCard<number>(page, `card.querySelectorAll('a').length`)).toBeGreaterThan(0);
  });

  test('the card link opens the side panel at the paragraph', async () => {
    const [docId, paraId] = await inCard<[string, string]>(page, `[card.querySelector('a[data-doc]').dataset.doc, card.querySelector('a[data-doc]').dataset.para]`);
    expect(docId).toBeTruthy();
    // A real click: the card acts on trusted input only.
    const { x, y } = await cardLinkCentre(page);
    await page.mouse.click(x, y);
    // The target reaches the panel through storage.session (the panel itself may not be
    // visible in a headless browser, so it is checked in a tab below).
    await expect
      .poll(() => env.browser.sessionValue('panelTarget'))
      .toMatchObject({ docId, paraId });
    const panel = await env.browser.context.newPage();
    await panel.goto(env.browser.extensionUrl(`sidepanel.html#doc=${docId}&p=${paraId}`));
    const para = panel.locator(`[data-para="${paraId}"]`);
    await para.waitFor();
    expect(await para.getAttribute('aria-current')).toBe('location');
    expect(await para.textContent()).toMatch(/亚信|亚洲相互协作与信任措施会议/);
    const inView = await para.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await panel.close();
  });

  test('the popup turns the site off and back on without a reload', async () => {
    await page.bringToFront();
    const tabId = await env.browser.activeTabId();
    const before = await waitForVerdict(page, 'related');
    const popup = await env.browser.context.newPage();
    await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
    const status = () => popup.getByTestId('page-status').textContent();
    expect(await status()).toBe(`Related diplomatic text · ${before.terms} terms`);
    await popup.getByLabel('Never').check();
    await waitForVerdict(page, 'off');
    // The popup takes the state the page pushes.
    await expect.poll(status).toBe('Off on this page');
    expect(await highlightedTexts(page)).toEqual([]);
    expect((await waitForVerdict(page, 'off')).terms).toBe(0);
    // Nothing of ours is left in the page.
    expect(await page.evaluate(() => document.querySelector('treaty-lens-ui'))).toBeNull();
    await popup.getByLabel('Automatic').check();
    const after = await waitForVerdict(page, 'related');
    expect(after.terms).toBe(before.terms);
    await expect.poll(status).toBe(`Related diplomatic text · ${before.terms} terms`);
    expect((await highlightedTexts(page)).length).toBe(before.terms);
    await popup.close();
  });
});
