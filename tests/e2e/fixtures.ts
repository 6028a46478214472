// Shared set-up for end-to-end tests: the built extension in Chromium, the local server
// with the sample page, and page-side probes that read what a user would see.
import type { Page } from 'playwright-core';
import { corpus } from '../../lib/corpus/data';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/harness/browser';
import { locateText, waitForCard, waitForVerdict } from '../../scripts/harness/page-probes';
import { SAMPLE_DOC_IDS, sampleDocs } from '../../scripts/harness/sample-docs';
import { samplePageHtml } from '../../scripts/harness/sample-page';
import { servePages, type Page as ServedPage, type PageServer } from '../../scripts/harness/serve';

export { corpus };

export interface Env {
  browser: ExtensionBrowser;
  server: PageServer;
}

/** `launch.args` go to Chromium (a --host-resolver-rules mapping, say). */
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

/** Moves the pointer onto the sample page's standalone 亚信 (from off it) and waits for its card (a dialog: it has links). */
export async function hoverCica(page: Page): ReturnType<typeof waitForCard> {
  await page.mouse.move(5, 5);
  const { x, y } = await locateText(page, '称亚信）', '亚信');
  await page.mouse.move(x, y);
  const card = await waitForCard(page);
  if (card.role !== 'dialog') throw new Error(`the card of 亚信 is a ${card.role}, not a dialog`);
  return card;
}

export async function tearDown(env: Env | undefined): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}

export { SAMPLE_DOC_IDS };
export { cardLinkCentre, HIGHLIGHT_ENTRIES, highlightedTexts, inCard, inContentScript, locateText, uncoveredOccurrences, waitForCard, waitForVerdict } from '../../scripts/harness/page-probes';
export { pageStates, tabStateOf } from '../../scripts/harness/page-states';
