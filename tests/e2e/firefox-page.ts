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

/** Our highlighted ranges: in Firefox the page's world sees the document's registry, ours included. */
const HIGHLIGHT_COUNT = `(() => {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('treaty-lens-')) n += highlight.size;
  return n;
})()`;

/**
 * The page, once annotated: its number of highlighted terms when that has stopped changing.
 * (The verdict itself lives in the extension's worker, which WebDriver BiDi cannot reach.)
 */
export async function annotated(page: Page): Promise<number> {
  let last = await until<number>(page, HIGHLIGHT_COUNT);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = (await page.evaluate(HIGHLIGHT_COUNT)) as number;
    if (now === last) return now;
    last = now;
  }
}

export const highlightCount = (page: Page) => page.evaluate(HIGHLIGHT_COUNT) as Promise<number>;

/** Texts of our highlights: in Firefox the page's world sees the document's registry, ours included. */
export const firefoxHighlights = (page: Page) => page.evaluate(HIGHLIGHTED_TEXTS) as Promise<string[]>;

/**
 * Focus is in our card (opened from the keyboard): the page sees only our host element,
 * whose closed shadow root it cannot enter (the host may carry a suffix: ui-host.ts).
 */
export const FOCUS_IN_CARD = `document.activeElement?.localName.startsWith('treaty-lens-ui') ?? false`;

/** Our host element is what the page finds just below or just above a point: the card is there (it flips above a term near the bottom). */
export const cardNear = (x: number, y: number) =>
  `[${y + 24}, ${y - 24}].some((y) => document.elementFromPoint(${x}, y)?.localName.startsWith('treaty-lens-ui'))`;
