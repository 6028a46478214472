// Reading a page in Firefox (puppeteer-core) the way page-probes.ts does in Chromium.
import type { Browser, Page } from 'puppeteer-core';

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

/** The open card's text, or '' (our host may carry a suffix: ui-host.ts). Uses no built-in a hostile page replaces. */
export const OPEN_CARD_TEXT = `(() => {
  for (const el of document.documentElement.children) {
    const card = el.localName.startsWith('treaty-lens-ui') ? el.shadowRoot?.querySelector('.card:not([hidden])') : null;
    if (card) return card.textContent;
  }
  return '';
})()`;
