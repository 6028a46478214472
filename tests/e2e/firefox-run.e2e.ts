// The Firefox build in a real Firefox (Debian's Firefox ESR, scripts/harness/firefox.ts): the
// sample page highlighted exactly as in Chromium, the card on hover, an unrelated page left
// alone. Needs `npm run build`. Not reached from here: the extension's own pages (WebDriver
// BiDi may not navigate to moz-extension:// addresses) and its keyboard command (headless
// Firefox, like headless Chromium, does not deliver it).
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/harness/firefox';
import { textCentreInPage } from '../../scripts/harness/page-probes';
import { annotated, cardNear, firefoxHighlights, highlightCount, openPage, until } from './firefox-page';
import { highlightedTexts, openSample, setUp, tearDown, type Env } from './fixtures';
import { UNRELATED } from './pages';

let env: Env;
let firefox: Browser;
let sample: Page;

beforeAll(async () => {
  env = await setUp({ '/unrelated.html': UNRELATED });
  firefox = await launchFirefoxWithExtension();
  sample = await openPage(firefox, env.server.url('/sample.html'));
  await annotated(sample);
});
afterAll(async () => {
  await firefox?.close();
  await tearDown(env);
});

test('the sample page is judged related and highlighted exactly as in Chromium', async () => {
  const registered = await annotated(sample);
  const inFirefox = await firefoxHighlights(sample);
  // Only the ranges near the viewport are registered at a time; scrolling brings the rest.
  expect(registered).toBeGreaterThan(0);
  expect(registered).toBeLessThan(inFirefox.length);
  const { page } = await openSample(env);
  expect(inFirefox.sort()).toEqual((await highlightedTexts(page)).sort());
});

// The card's text is in our closed shadow root, out of reach of WebDriver BiDi's page
// scripts: the test checks that the card is there, next to the term (its text is
// checked in Chromium, reading.e2e.ts).
test('hovering 亚信 opens its card next to the term', async () => {
  await sample.mouse.move(5, 5);
  const { x, y } = await sample.evaluate(textCentreInPage, ['称亚信）', '亚信', 0] as const);
  expect(await sample.evaluate(cardNear(x, y))).toBe(false);
  await sample.mouse.move(x, y);
  expect(await until<boolean>(sample, cardNear(x, y), 10_000)).toBe(true);
});

test('an unrelated page is left alone', async () => {
  const page = await openPage(firefox, env.server.url('/unrelated.html'));
  // Nothing to wait for on a page left alone: give it the time the sample page takes.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(await highlightCount(page)).toBe(0);
  expect(await firefoxHighlights(page)).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('treaty-lens-ui'))).toBeNull();
  await page.close();
});
