// Shared set-up for end-to-end tests: the built extension in Chromium, the local server
// with the sample page, and page-side probes that read what a user would see.
import type { Locator, Page } from 'playwright-core';
import { corpus } from '../../lib/corpus/data';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/harness/browser';
import { locateText, waitForVerdict } from '../../scripts/harness/page-probes';
import { SAMPLE_DOC_IDS, sampleDocs } from '../../scripts/harness/sample-docs';
import { samplePageHtml } from '../../scripts/harness/sample-page';
import { servePages, type Page as ServedPage, type PageServer } from '../../scripts/harness/serve';

export { corpus };

export interface Env {
  browser: ExtensionBrowser;
  server: PageServer;
}

export async function setUp(extraPages: Record<string, string | ServedPage> = {}, launch: LaunchOptions = {}): Promise<Env> {
  const pages = new Map<string, ServedPage>([['/sample.html', { body: samplePageHtml(sampleDocs(corpus)) }]]);
  for (const [path, page] of Object.entries(extraPages)) pages.set(path, typeof page === 'string' ? { body: page } : page);
  const server = await servePages(pages);
  const browser = await launchWithExtension(launch);
  return { browser, server };
}

/** Opens the sample page in a new tab and waits until it is annotated; its tab id too. */
export async function openSample(env: Env): Promise<{ page: Page; tabId: number }> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url('/sample.html'));
  await waitForVerdict(page, 'related');
  return { page, tabId: await env.browser.activeTabId() };
}

/** Moves the pointer onto the sample page's standalone 亚信 (from off it) and waits for the card. */
export async function hoverCica(page: Page): Promise<Locator> {
  await page.mouse.move(5, 5);
  const { x, y } = await locateText(page, '称亚信）', '亚信');
  await page.mouse.move(x, y);
  const card = page.locator('treaty-lens-ui [role="dialog"]');
  await card.waitFor({ state: 'visible' });
  return card;
}

export async function tearDown(env: Env | undefined): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}

export { SAMPLE_DOC_IDS };
export { highlightedTexts, inContentScript, locateText, uncoveredOccurrences, waitForVerdict } from '../../scripts/harness/page-probes';
