// The popup on a page the detector judged unrelated: it says why (the detector's reasons),
// and "Annotate this page" annotates it now, this page only, until it is reloaded, without
// storing a site setting; "Always on this site" stores one. The page itself cannot ask.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { reasonText } from '../../lib/detect/reason-text';
import type { PageState } from '../../lib/messaging/messages';
import { highlightedTexts, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

// Names Kazakhstan throughout but is an encyclopedia entry, not a diplomatic text.
const ENCYCLOPEDIA = readFileSync('tests/fixtures/pages/unrelated/held-out-kazakhstan-encyclopedia-entry.html', 'utf8');

let env: Env;
let page: Page;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  env = await setUp({ '/encyclopedia.html': ENCYCLOPEDIA });
  page = await env.browser.context.newPage();
  await page.goto(env.server.url('/encyclopedia.html'));
  await waitForVerdict(page, 'unrelated');
  tabId = await env.browser.activeTabId();
  popup = await env.browser.context.newPage();
  await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
});
afterAll(() => tearDown(env));

/** What the page's content script reports (the popup is the active tab, not the page). */
const pageState = () =>
  env.browser.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<PageState> } } }).chrome.tabs.sendMessage(id, { type: 'get-page-state' }),
    tabId,
  );

test("the popup gives the detector's reasons for leaving the page alone", async () => {
  const { reasons } = await pageState();
  expect(reasons.length).toBeGreaterThan(0);
  const why = popup.getByRole('region', { name: 'Why Treaty Lens left it alone' });
  await why.waitFor();
  expect(await why.locator('.reasons li').allTextContents()).toEqual(reasons.map((r) => reasonText(r, 'en')));
  expect(await highlightedTexts(page)).toEqual([]);
});

test('a page cannot ask to be annotated', async () => {
  await page.evaluate(() => {
    window.postMessage({ type: 'annotate-page' }, '*');
    document.dispatchEvent(new CustomEvent('annotate-page'));
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await highlightedTexts(page)).toEqual([]);
  expect((await pageState()).once).toBeFalsy();
});

test('Annotate this page highlights it now, stores nothing, and lasts until reload', async () => {
  await popup.getByRole('button', { name: 'Annotate this page' }).click();
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(5);
  // The page's state follows the highlights once the second (jieba) stage has settled.
  await expect.poll(async () => (await pageState()).once).toBe(true);
  const state = await pageState();
  expect(state).toMatchObject({ verdict: 'unrelated', once: true });
  expect(state.terms).toBeGreaterThan(5);
  await popup.getByText('Annotated at your request, until the page is reloaded.').waitFor();
  expect(await popup.getByRole('button', { name: 'Annotate this page' }).count()).toBe(0);
  expect((await env.browser.settings()).sites).toEqual({});

  await page.reload();
  await waitForVerdict(page, 'unrelated');
  expect(await highlightedTexts(page)).toEqual([]);
  expect((await pageState()).once).toBeFalsy();
});

test('Always on this site stores the site as always', async () => {
  await popup.reload();
  await popup.getByRole('button', { name: 'Always on this site' }).click();
  await expect.poll(async () => (await env.browser.settings()).sites).toEqual({ '127.0.0.1': 'always' });
  await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(5);
});
