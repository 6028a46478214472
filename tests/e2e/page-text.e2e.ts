// How Treaty Lens reads real pages: terms split across elements and line breaks, hidden
// and editable content left alone, a strict CSP, same-origin iframes, content that arrives
// later, single-page navigation, keyboard stepping, and an unrelated page left asleep.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { hugeTextNodePage } from '../../scripts/bench/stress-pages';
import { OUR_ROOT } from '../../scripts/harness/page-probes';
import { corpus, HIGHLIGHT_ENTRIES, highlightedTexts, inContentScript, locateText, setUp, tearDown, waitForCard, waitForVerdict, type Env } from './fixtures';
import { INNER, SPA, SPA_SCRIPT, SPLIT_AND_HIDDEN, UNRELATED, WITH_IFRAME } from './pages';

const STRICT_CSP = { 'content-security-policy': "script-src 'self'; style-src 'self'; object-src 'none'" };

let env: Env;
beforeAll(async () => {
  env = await setUp({
    '/unrelated.html': UNRELATED,
    '/split.html': SPLIT_AND_HIDDEN,
    '/strict.html': { body: SPLIT_AND_HIDDEN, headers: STRICT_CSP },
    '/spa.html': { body: SPA, headers: STRICT_CSP },
    '/spa/weather': { body: SPA, headers: STRICT_CSP },
    '/spa.js': { body: SPA_SCRIPT, type: 'text/javascript' },
    '/iframe.html': WITH_IFRAME,
    '/inner.html': INNER,
    // One text node of 300 kB of corpus text, some forty viewports tall.
    '/huge.html': hugeTextNodePage(corpus, 300 * 1024).html,
  });
});
afterAll(() => tearDown(env));

async function open(path: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  return page;
}

/** Highlighted texts whose range starts inside the element matching `selector` (any frame). */
function highlightedIn(page: Page, selector: string): Promise<string[]> {
  return inContentScript<string[]>(
    page,
    `${HIGHLIGHT_ENTRIES}.filter(([n]) => n !== 'treaty-lens-current').map(([, r]) => r)
       .filter((r) => r.startContainer.parentElement?.closest(${JSON.stringify(selector)}))
       .map((r) => r.toString().replace(/\\s+/g, ''))`,
  );
}

describe('an unrelated page', () => {
  // First in the file: the service worker has not annotated anything in this browser yet.
  test('is judged unrelated, gets no highlights, and never wakes the segmenter', async () => {
    const page = await open('/unrelated.html');
    // The verdict is published after any annotate request would have been sent.
    expect(await waitForVerdict(page)).toEqual({ verdict: 'unrelated', terms: 0 });
    const inits = await env.browser.worker.evaluate(() => performance.getEntriesByName('treaty-lens:segmenter-init').length);
    expect(inits).toBe(0);
    expect(await page.evaluate(() => document.querySelector('treaty-lens-ui'))).toBeNull();
    await page.close();
  });
});

describe('text on the page', () => {
  test('a term split across elements or a <br> is one highlight', async () => {
    const page = await open('/split.html');
    await waitForVerdict(page, 'related');
    const split = await highlightedIn(page, '#split');
    expect(split).toContain('亚信');
    expect(split).toContain('丝绸之路经济带');
    await page.close();
  });

  test('hidden, contenteditable and form-field text is never highlighted', async () => {
    const page = await open('/split.html');
    await waitForVerdict(page, 'related');
    for (const selector of ['#hidden', '#editor', '#notes']) expect(await highlightedIn(page, selector), selector).toEqual([]);
    await page.close();
  });

  test('a page with a strict CSP is annotated, and its card opens', async () => {
    const page = await open('/strict.html');
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const { terms } = await waitForVerdict(page, 'related');
    expect(terms).toBeGreaterThan(5);
    const { x, y } = await locateText(page, '托卡耶夫举行', '托卡耶夫');
    await page.mouse.move(x, y);
    expect((await waitForCard(page)).text).toContain('Tokayev');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('terms inside a same-origin iframe are highlighted in its document', async () => {
    const page = await open('/iframe.html');
    await waitForVerdict(page, 'related');
    await expect.poll(() => highlightedIn(page, '#inner')).toContain('中国—中亚峰会');
    await page.close();
  });
});

describe('privacy', () => {
  test("the page's own world sees nothing of our timing or state", async () => {
    const page = await open('/split.html');
    await waitForVerdict(page, 'related');
    const seen = await page.evaluate(() => ({
      entries: performance.getEntries().filter((e) => /treaty|lens/i.test(e.name)).map((e) => e.name),
      globals: Object.keys(window).filter((k) => /treaty|lens/i.test(k)),
      attributes: document.documentElement.getAttributeNames().filter((n) => /treaty|lens/i.test(n)),
    }));
    expect(seen).toEqual({ entries: [], globals: [], attributes: [] });
    await page.close();
  });
});

describe('pages that change', () => {
  test('content rendered after load, content added later, and SPA navigation', async () => {
    const page = await open('/spa.html');
    const first = await waitForVerdict(page, 'related');
    expect(first.terms).toBeGreaterThan(5);
    await page.evaluate(() => (window as unknown as { appendStory(): void }).appendStory());
    await expect.poll(() => highlightedIn(page, '.story')).toEqual(['中哈原油管道', '中欧班列']);
    await expect.poll(async () => (await waitForVerdict(page)).terms).toBe(first.terms + 2);
    // Navigating within the app to an unrelated view clears everything…
    await page.click('a[data-nav]');
    await waitForVerdict(page, 'unrelated');
    expect(await highlightedTexts(page)).toEqual([]);
    // …and going back brings it back.
    await page.goBack();
    expect((await waitForVerdict(page, 'related')).terms).toBe(first.terms);
    await page.close();
  });

  test('with "first occurrence only", a block the page renders again keeps its terms', async () => {
    await env.browser.setSettings({ ...DEFAULT_SETTINGS, firstOccurrenceOnly: true });
    try {
      const page = await open('/spa.html');
      const { terms } = await waitForVerdict(page, 'related');
      expect(new Set(await highlightedTexts(page)).size).toBe(terms); // each term once
      // The app renders the same view again: every annotated block is replaced, so the
      // ranges that count are non-empty ones in the live DOM (an old range collapses).
      await page.evaluate(() => dispatchEvent(new PopStateEvent('popstate')));
      const liveRanges = () =>
        inContentScript<number>(
          page,
          `${HIGHLIGHT_ENTRIES}.filter(([n]) => n !== 'treaty-lens-current').map(([, r]) => r)
             .filter((r) => !r.collapsed && r.startContainer.isConnected).length`,
        );
      await expect.poll(liveRanges).toBe(terms);
      await page.close();
    } finally {
      await env.browser.setSettings(DEFAULT_SETTINGS);
    }
  });
});

describe('one huge text node', () => {
  /**
   * Our ranges on the page, as counts: all of them, those registered, and those on screen
   * that are registered or not (the same Range objects come back from the registry).
   */
  const REGISTRATION = `(() => {
    const all = ${HIGHLIGHT_ENTRIES}.filter(([n]) => n !== 'treaty-lens-current').map(([, r]) => r);
    const registered = new Set();
    for (const [n, h] of CSS.highlights) if (n.startsWith('treaty-lens-') && n !== 'treaty-lens-current') for (const r of h) registered.add(r);
    const onScreen = all.filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight; });
    const farAbove = all.filter((r) => r.getBoundingClientRect().bottom < -4 * innerHeight);
    return {
      all: all.length,
      registered: registered.size,
      onScreen: onScreen.length,
      onScreenUnregistered: onScreen.filter((r) => !registered.has(r)).length,
      farAboveRegistered: farAbove.filter((r) => registered.has(r)).length,
    };
  })()`;
  type Registration = { all: number; registered: number; onScreen: number; onScreenUnregistered: number; farAboveRegistered: number };
  const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

  test('registers only the ranges around the viewport, and follows the scroll', async () => {
    const page = await open('/huge.html');
    await waitForVerdict(page, 'related');
    await frames(page);
    const top = await inContentScript<Registration>(page, REGISTRATION);
    expect(top.onScreen).toBeGreaterThan(0);
    expect(top.onScreenUnregistered).toBe(0);
    // The element is near as a whole; its ranges are not all registered.
    expect(top.registered).toBeLessThan(top.all / 4);

    // Scrolled to the middle: what is on screen there is registered, what is far above is not.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => (await inContentScript<Registration>(page, REGISTRATION)).onScreenUnregistered).toBe(0);
    const middle = await inContentScript<Registration>(page, REGISTRATION);
    expect(middle.onScreen).toBeGreaterThan(0);
    expect(middle.farAboveRegistered).toBe(0);
    expect(middle.registered).toBeLessThan(middle.all / 4);
    await page.close();
  });
});

describe('keyboard', () => {
  test('Alt+Shift+↓ steps to a term, Enter opens its card with focus, Esc closes it and focus returns', async () => {
    const page = await open('/split.html');
    await waitForVerdict(page, 'related');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const status = () => inContentScript<string>(page, `${OUR_ROOT}.querySelector('[role="status"]').textContent`);
    await expect.poll(status).toMatch(/Term 1 of \d+/);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(status).toMatch(/Term 2 of \d+/);
    expect(await inContentScript<number>(page, `CSS.highlights.get('treaty-lens-current')?.size ?? 0`)).toBe(1);
    await page.keyboard.press('Enter');
    await waitForCard(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TREATY-LENS-UI');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });
});
