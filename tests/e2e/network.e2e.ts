// No network: everything the extension's contexts request — the content script in a page,
// the service worker, the popup and the side panel — is one of its own chrome-extension://
// files; the only other requests are the test server's pages, asked for by the pages.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hoverCica, openSample, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

let env: Env;
const requests: string[] = [];

beforeAll(async () => {
  env = await setUp();
  env.browser.context.on('request', (r) => requests.push(r.url()));
});
afterAll(() => tearDown(env));

test('a reading session makes no request outside the extension and the page', async () => {
  const { page, tabId } = await openSample(env);
  await hoverCica(page);
  const popup = await env.browser.context.newPage();
  await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByLabel('Never').check();
  await waitForVerdict(page, 'off');
  await popup.getByLabel('Automatic').check();
  await waitForVerdict(page, 'related');
  const panel = await env.browser.context.newPage();
  await panel.goto(env.browser.extensionUrl('sidepanel.html'));
  await panel.waitForLoadState('networkidle');

  const own = `chrome-extension://${env.browser.extensionId}/`;
  const served = (url: string) => url.startsWith(env.server.origin) && (env.server.pages.has(new URL(url).pathname) || new URL(url).pathname === '/favicon.ico');
  expect(requests.filter((url) => !url.startsWith(own) && !served(url))).toEqual([]);
  // The service worker's own fetch (jieba's wasm) is in the record: context.on('request')
  // covers the worker too (playwright 1.65, Chromium), not only pages.
  expect(requests).toContain(`${own}jieba_rs_wasm_bg.wasm`);
  // The page's timeline holds what its frame fetched, the content script's requests included.
  const pageFetches = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(pageFetches.filter((url) => !served(url))).toEqual([]);
});
