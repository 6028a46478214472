// Reading what a user would see on a page with the extension: the published verdict, the
// highlighted terms, where a word is on screen. Shared by the demo, the tests and the benchmark.
import type { Page } from 'playwright-core';

/** Waits until the content script has published a verdict (and a term count). */
export async function waitForVerdict(page: Page, verdict?: string): Promise<{ verdict: string; terms: number }> {
  await page.waitForFunction(
    (v) => {
      const got = document.documentElement.getAttribute('data-treaty-lens');
      return v ? got === v : got !== null;
    },
    verdict,
    { timeout: 20_000 },
  );
  return page.evaluate(() => ({
    verdict: document.documentElement.getAttribute('data-treaty-lens')!,
    terms: Number(document.documentElement.getAttribute('data-treaty-lens-terms')),
  }));
}

/**
 * Evaluates an expression in the content script's isolated world (through CDP): the
 * highlight registry is per world, so the page's own world sees none of ours.
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    // The top frame's world: a same-origin iframe our script reaches into gets a world too.
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find((c) => c.name === 'Treaty Lens' && c.auxData?.frameId === frameTree.frame.id);
    if (!world) throw new Error('the content script has no world in this page');
    const result = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * Every highlighted range on the page with its highlight's name, as an expression in the
 * content script's world: the registry holds only the ranges near the viewport, so this
 * reads the content script's own list (entrypoints/content/probe.ts).
 */
export const HIGHLIGHT_ENTRIES = `(globalThis.treatyLensHighlights?.() ?? [])`;

/** Texts of every highlighted range (whitespace removed), keyboard's current term excepted. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return inContentScript<string[]>(
    page,
    `${HIGHLIGHT_ENTRIES}.filter(([n]) => n !== 'treaty-lens-current').map(([, r]) => r.toString().replace(/\\s+/g, ''))`,
  );
}

/**
 * Viewport centre of `needle` inside the n-th occurrence of `context` in the page's <main>
 * (a context such as 称亚信） picks a standalone 亚信, not the one inside 亚信峰会). Runs in
 * the page, so Playwright (Chromium) and Puppeteer (Firefox) tests both evaluate it.
 */
export function textCentreInPage([ctx, word, n]: readonly [string, string, number]): { x: number; y: number } {
  const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let at = (node as Text).data.indexOf(ctx);
    while (at >= 0) {
      if (seen++ === n) {
        const start = at + ctx.indexOf(word);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      at = (node as Text).data.indexOf(ctx, at + 1);
    }
  }
  throw new Error(`"${ctx}" #${n} not found on the page`);
}

export function locateText(page: Page, context: string, needle = context, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(textCentreInPage, [context, needle, nth] as const);
}

/**
 * How many occurrences of `word` in the page's <main> no highlight covers (a longer term
 * that contains the word, such as 睦邻友好合作条约 for 睦邻友好, covers it).
 */
export function uncoveredOccurrences(page: Page, word: string): Promise<number> {
  return inContentScript<number>(
    page,
    `(() => {
      const word = ${JSON.stringify(word)};
      const ranges = ${HIGHLIGHT_ENTRIES}.map(([, r]) => r);
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      let uncovered = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
          const covered = ranges.some((r) => r.comparePoint(node, at) === 0 && r.comparePoint(node, at + word.length) === 0);
          if (!covered) uncovered++;
        }
      }
      return uncovered;
    })()`,
  );
}
