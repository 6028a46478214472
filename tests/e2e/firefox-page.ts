// Reading a page in Firefox (puppeteer-core) the way page-probes.ts does in Chromium.
import type { Browser, Page } from 'puppeteer-core';
import { HIGHLIGHTED_TEXTS } from '../../scripts/harness/page-probes';

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  await page.goto(url);
  return page;
}

/**
 * Polls a page-world expression until it is truthy, and returns its value. Plain evaluations,
 * not waitForFunction: Puppeteer's helper script needs MutationObserver, which a hostile
 * page may have replaced.
 */
export async function until<T>(page: Page, expression: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = (await page.evaluate(expression)) as T;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The published verdict and term count, once the verdict is `verdict`. */
export function verdictOf(page: Page, verdict: string): Promise<{ verdict: string | null; terms: number }> {
  return until(
    page,
    `document.documentElement.getAttribute('data-treaty-lens') === ${JSON.stringify(verdict)} && {
      verdict: document.documentElement.getAttribute('data-treaty-lens'),
      terms: Number(document.documentElement.getAttribute('data-treaty-lens-terms')),
    }`,
  );
}

/** Texts of our highlights: in Firefox the page's world sees the document's registry, ours included. */
export const firefoxHighlights = (page: Page) => page.evaluate(HIGHLIGHTED_TEXTS) as Promise<string[]>;

/** The open card's text, or '' (our host may carry a suffix: ui-host.ts). Uses no built-in a hostile page replaces. */
export const OPEN_CARD_TEXT = `(() => {
  for (const el of document.documentElement.children) {
    const card = el.localName.startsWith('treaty-lens-ui') ? el.shadowRoot?.querySelector('.card:not([hidden])') : null;
    if (card) return card.textContent;
  }
  return '';
})()`;
