// The popup on a tab that shows a site's PDF offers "Open this PDF in Treaty Lens": the
// click asks the browser for that file's origin alone, then the reader opens with the
// file, fetches it and annotates it; refused, nothing opens. Chromium's own PDF viewer
// runs our content script, which says its document is a PDF, so an address without .pdf
// is offered too. The browser's permission prompt cannot be answered in headless Chromium
// (it stays open), so the popup's chrome.permissions.request is replaced, before the
// popup's scripts run, by one that records the question and gives the reader's answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SINGLE_TITLE } from '../../scripts/pdf-fixtures/pages';
import { openSample, setUp, tabStateOf, tearDown, waitForVerdict, type Env } from './fixtures';

const pdf = { body: readFileSync(resolve('tests/fixtures/pdf/single.pdf')), type: 'application/pdf' };
const OPEN = 'Open this PDF in Treaty Lens';

let env: Env;

beforeAll(async () => {
  // A PDF by its address, and one whose address says nothing (a download link's).
  env = await setUp({ '/docs/single.pdf': pdf, '/download': pdf });
});
afterAll(() => tearDown(env));

/** A tab showing `path` in the browser's own viewer; its id once our content script there has answered. */
async function showPdf(path: string): Promise<number> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  await page.bringToFront();
  await expect.poll(() => env.browser.pageState().then((s) => s.pdf, () => undefined)).toBe(env.server.url(path));
  return env.browser.activeTabId();
}

/** The popup pinned to a tab, with the reader's answer to the permission prompt decided in advance. */
async function popupFor(tabId: number, answer: boolean): Promise<Page> {
  const popup = await env.browser.context.newPage();
  // A script string: it runs in the page before any of ours. The polyfill passes a callback.
  await popup.addInitScript(`{
    const asked = (window.__permissionRequests = []);
    Object.defineProperty(chrome.permissions, 'request', {
      configurable: true,
      value(request, callback) {
        asked.push(request);
        if (typeof callback === 'function') setTimeout(() => callback(${answer}));
        else return Promise.resolve(${answer});
      },
    });
  }`);
  await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByText('Treaty Lens', { exact: true }).waitFor();
  return popup;
}

const asked = (popup: Page) => popup.evaluate(() => (window as unknown as { __permissionRequests: unknown[] }).__permissionRequests);
const readerPages = () => env.browser.context.pages().filter((p) => p.url().startsWith(env.browser.extensionUrl('pdf.html')));

describe.each([
  ['an address ending in .pdf', '/docs/single.pdf'],
  ["a PDF the viewer shows at an address without .pdf", '/download'],
])('%s', (_name, path) => {
  test('is offered; the click asks for its origin alone and opens the reader, which reads the file', async () => {
    const tabId = await showPdf(path);
    const popup = await popupFor(tabId, true);
    const fileUrl = env.server.url(path);
    const [reader] = await Promise.all([env.browser.context.waitForEvent('page'), popup.getByRole('button', { name: OPEN }).click()]);
    await reader.waitForURL(`${env.browser.extensionUrl('pdf.html')}?file=${encodeURIComponent(fileUrl)}`);
    await waitForVerdict(reader, 'related');
    await expect.poll(async () => (await tabStateOf(reader))?.terms).toBe(7);
    expect(await reader.title()).toBe(SINGLE_TITLE);
    // The popup closed itself after asking once, for this origin only.
    expect(popup.isClosed()).toBe(true);
    await reader.close();
  });
});

test('refused, nothing is opened and the popup says why', async () => {
  const tabId = await showPdf('/docs/single.pdf');
  const popup = await popupFor(tabId, false);
  const before = readerPages().length;
  await popup.getByRole('button', { name: OPEN }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toBe(`Not opened: reading files from ${new URL(env.server.origin).host} was not allowed.`);
  expect(await asked(popup)).toEqual([{ origins: [`${env.server.origin}/*`] }]);
  expect(readerPages().length).toBe(before);
  await popup.close();
});

test('a web page is not offered it; the Chinese and Russian popups name it in their language', async () => {
  const { tabId: pageTab } = await openSample(env);
  const popup = await popupFor(pageTab, true);
  await popup.getByTestId('page-status').waitFor();
  expect(await popup.getByRole('button', { name: OPEN }).count()).toBe(0);
  await popup.close();

  const pdfTab = await showPdf('/docs/single.pdf');
  for (const [language, name] of [
    ['zh', '在 Treaty Lens 中打开此 PDF'],
    ['ru', 'Открыть этот PDF в Treaty Lens'],
  ] as const) {
    await env.browser.setSettings({ language });
    const translated = await popupFor(pdfTab, false);
    await expect.poll(() => translated.getByRole('button', { name }).count()).toBe(1);
    await translated.close();
  }
  await env.browser.setSettings({ language: 'en' });
});
