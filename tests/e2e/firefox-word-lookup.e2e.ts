// The general dictionary in Firefox (issue 18): its files are unpacked by the brotli
// WebAssembly decoder in Firefox's background too. The card's text is in our closed shadow
// root, out of reach of WebDriver BiDi's page scripts, so on the page the test checks that
// the hold key opens a card on a word the glossary lacks and that nothing opens without it;
// the words themselves are read in the side panel page (its text is checked in Chromium too,
// word-lookup.e2e.ts and panel-dictionary.e2e.ts).
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { textCentreInPage } from '../../scripts/harness/page-probes';
import { launchFirefoxWithExtension } from '../../scripts/harness/firefox';
import { servePages, type PageServer } from '../../scripts/harness/serve';
import { annotated, cardNear, openExtensionPage, openPage, until } from './firefox-page';
import { LOOKUP_PAGE } from './pages';

let server: PageServer;
let firefox: Browser;

beforeAll(async () => {
  server = await servePages(new Map([['/lookup.html', { body: LOOKUP_PAGE }]]));
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('a word the glossary lacks opens a card only while the lookup key is held', async () => {
  const page = await openPage(firefox, server.url('/lookup.html'));
  await annotated(page);
  const { x, y } = await page.evaluate(textCentreInPage, ['冲突斡旋', '斡旋', 0] as const);
  await page.mouse.move(5, 5);
  await page.mouse.move(x, y);
  // The glossary's own cards open within a second; this word has none without the key.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await page.evaluate(cardNear(x, y))).toBe(false);

  await page.mouse.move(5, 5);
  await page.keyboard.down('Shift');
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
  await page.keyboard.up('Shift');
  expect(await until<boolean>(page, cardNear(x, y), 15_000)).toBe(true);
  await page.close();
});

test('the side panel looks words up: pinyin with tone marks, senses, traditional forms', async () => {
  const panel = await openExtensionPage(firefox, '/sidepanel.html');
  await until(panel, `[...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent === 'Dictionary')`);
  await panel.evaluate(`[...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === 'Dictionary').click()`);
  const field = await panel.waitForSelector('#dict-input');
  await field!.type('睦鄰');
  const word = `document.querySelector('article.dict-word[data-word="睦鄰"]')`;
  await until(panel, `${word} !== null`, 20_000);
  expect(await panel.evaluate(`[...${word}.querySelectorAll('.dict-pinyin')].map((p) => p.textContent)`)).toEqual(['mù lín']);
  expect(await panel.evaluate(`${word}.querySelector('.dict-senses').textContent`)).toMatch(/neighbo/);
  await panel.close();
});
