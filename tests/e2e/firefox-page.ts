// Reading a page in Firefox (puppeteer-core) the way page-probes.ts does in Chromium.
import type { Browser, Page } from 'puppeteer-core';
import { HIGHLIGHTED_TEXTS } from '../../scripts/lib/page-probes';

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  await page.goto(url);
  return page;
}

/** The published verdict and term count, once the verdict is `verdict`. */
export async function verdictOf(page: Page, verdict: string): Promise<{ verdict: string | null; terms: number }> {
  await page.waitForFunction((v) => document.documentElement.getAttribute('data-treaty-lens') === v, { timeout: 20_000 }, verdict);
  return page.evaluate(() => ({
    verdict: document.documentElement.getAttribute('data-treaty-lens'),
    terms: Number(document.documentElement.getAttribute('data-treaty-lens-terms')),
  }));
}

/** Texts of our highlights: in Firefox the page's world sees the document's registry, ours included. */
export const firefoxHighlights = (page: Page) => page.evaluate(HIGHLIGHTED_TEXTS) as Promise<string[]>;
