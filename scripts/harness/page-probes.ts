// Reading what a user would see on a page with the extension: the verdict the worker holds,
// the highlighted terms, where a word is on screen, the card in our closed shadow root.
// Shared by the demo, the tests and the benchmark.
import type { Page } from 'playwright-core';
import { tabStateOf } from './page-states';

/** Waits until the worker holds a verdict for the page (not 'pending'), or this one. */
export async function waitForVerdict(page: Page, verdict?: string): Promise<{ verdict: string; terms: number }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const state = await tabStateOf(page);
    if (state && (verdict ? state.verdict === verdict : state.verdict !== 'pending')) return { verdict: state.verdict, terms: state.terms };
    if (Date.now() > deadline) throw new Error(`timed out waiting for the verdict ${verdict ?? '(any)'} on ${page.url()}: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Our host element's closed shadow root, reached from the content script's world (chrome.dom);
 * the host is a child of <html>, or of the fullscreen element while there is one. */
export const OUR_ROOT = `(() => {
  for (const el of [...document.documentElement.children, ...(document.fullscreenElement?.children ?? [])]) {
    if (el.localName.startsWith('treaty-lens-ui') && !el.hasAttribute('data-page')) return chrome.dom.openOrClosedShadowRoot(el);
  }
  return null;
})()`;

/** The open card: its text and its box in the viewport, or null. */
export function openCard(page: Page): Promise<{ text: string; role: string; x: number; y: number; width: number; height: number } | null> {
  return inContentScript(
    page,
    `(() => {
      const card = ${OUR_ROOT}?.querySelector('.card:not([hidden])');
      if (!card) return null;
      const r = card.getBoundingClientRect();
      return { text: card.textContent, role: card.getAttribute('role'), x: r.x, y: r.y, width: r.width, height: r.height };
    })()`,
  );
}

/** Waits for the card to open, in place (or, with false, to close); returns it when open. */
export async function waitForCard(page: Page, open = true): Promise<NonNullable<Awaited<ReturnType<typeof openCard>>>> {
  const deadline = Date.now() + 10_000;
  let last: Awaited<ReturnType<typeof openCard>> = null;
  for (;;) {
    const card = await openCard(page);
    // Positioned once it stops moving (the card is shown, then placed).
    if (open && card && last && card.x === last.x && card.y === last.y && card.text === last.text) return card;
    if (!open && !card) return card!;
    last = card;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the card to ${open ? 'open' : 'close'}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Evaluates an expression over the card element (`card`, null when none) in the content script's world. */
export function inCard<T>(page: Page, expression: string): Promise<T> {
  return inContentScript<T>(page, `((card) => (${expression}))(${OUR_ROOT}?.querySelector('.card') ?? null)`);
}

/**
 * Centre of the n-th corpus link in the open card, for a real (trusted) click. They are
 * behind the compact card's "More": that button is clicked first (a real click) if needed.
 */
export async function cardLinkCentre(page: Page, n = 0): Promise<{ x: number; y: number }> {
  const centre = (selector: string) =>
    inContentScript<{ x: number; y: number } | null>(
      page,
      `(() => {
        const el = ${OUR_ROOT}.querySelectorAll('.card:not([hidden]) ${selector}')[${n}];
        // Brought into view in the card's body, which scrolls when the card is capped.
        el?.scrollIntoView({ block: 'nearest' });
        // The first line box: a link that wraps has a bounding box with gaps in it.
        const r = el?.getClientRects()[0];
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      })()`,
    );
  const link = await centre('a[data-doc]');
  if (link) return link;
  const more = await centre('.more-toggle');
  if (!more) throw new Error('the open card has no corpus link and no More button');
  await page.mouse.click(more.x, more.y);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const shown = await centre('a[data-doc]');
    if (shown) return shown;
    if (Date.now() > deadline) throw new Error(`the open card shows no link ${n} after More`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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

/** A word of the word list as stored (lib/word-list/schema.ts), the fields the tests read. */
export interface StoredWord {
  word: string;
  pinyin: string;
  sentence: string;
  title: string;
  url: string;
  tags: string[];
}

/** The word list as it lies in the extension's IndexedDB, read from an extension page without creating the database. */
export function storedWords(extensionPage: Page): Promise<StoredWord[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredWord[]>((resolve, reject) => {
        const open = indexedDB.open('treaty-lens-word-list');
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('words').objectStore('words').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredWord[]);
          };
          all.onerror = () => reject(all.error ?? new Error('reading the word list failed'));
        };
      }),
  );
}
