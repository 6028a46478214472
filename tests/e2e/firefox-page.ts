// Reading a page in Firefox (puppeteer-core) the way page-probes.ts does in Chromium.
import { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { firefoxExtensionUrl } from '../../scripts/harness/firefox';

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  await page.goto(url);
  return page;
}

/**
 * One of our extension pages (pdf.html, compare.html) in a new tab. Firefox reports no load
 * event to WebDriver BiDi for a moz-extension:// navigation, so the document is waited for.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const url = firefoxExtensionUrl(path);
  await page.goto(url, { timeout: 2000 }).catch((err: unknown) => {
    if (!(err instanceof TimeoutError)) throw err;
  });
  await until(page, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
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

/**
 * Texts of all our highlights. In Firefox the page's world sees the document's registry, ours
 * included, but only the ranges near the viewport are registered: scroll through the page a
 * viewport at a time and collect every range seen (the same Range objects come back).
 */
export async function firefoxHighlights(page: Page): Promise<string[]> {
  await page.evaluate(`window.__seenRanges = new Set(); window.scrollTo(0, 0)`);
  for (;;) {
    await page.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`);
    await page.evaluate(`(() => { for (const [n, h] of CSS.highlights) if (n.startsWith('treaty-lens-') && n !== 'treaty-lens-current') for (const r of h) window.__seenRanges.add(r); })()`);
    const atEnd = await page.evaluate(`(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      return window.scrollY === before;
    })()`);
    if (atEnd) break;
  }
  return page.evaluate(`[...window.__seenRanges].map((r) => r.toString().replace(/\\s+/g, ''))`) as Promise<string[]>;
}

/**
 * Focus is in our card (opened from the keyboard): the page sees only our host element,
 * whose closed shadow root it cannot enter (the host may carry a suffix: ui-host.ts).
 */
export const FOCUS_IN_CARD = `document.activeElement?.localName.startsWith('treaty-lens-ui') ?? false`;

/** Our host element is what the page finds just below or just above a point: the card is there (it flips above a term near the bottom). */
export const cardNear = (x: number, y: number) =>
  `[${y + 24}, ${y - 24}].some((y) => document.elementFromPoint(${x}, y)?.localName.startsWith('treaty-lens-ui'))`;
