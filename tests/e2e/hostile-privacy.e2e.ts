// A page must neither drive Treaty Lens nor tell that it is there (issue 17): synthetic
// input does nothing, the card and its announcements sit in a closed shadow root (and still
// reach the accessibility tree), the page's own widgets keep their keys, no message, event,
// attribute, style, global, timing entry, storage or console line gives us away, and the page
// states live in the worker (treatyLens.pageStates()) and survive its restart.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { textCentreInPage } from '../../scripts/harness/page-probes';
import { cardLinkCentre, pageStates, setUp, tabStateOf, tearDown, waitForCard, type Env } from './fixtures';
import { OUR_RANGE_COUNT, WatchedTab } from './hostile-watch';
import { ARTICLE, page, SPA, SPA_SCRIPT, UNRELATED } from './pages';

const LISTBOX = page(
  '中哈合作 列表控件',
  `<main><p id="article">${ARTICLE}</p>
   <ul id="list" role="listbox" tabindex="0" aria-label="选项"><li role="option">上海合作组织</li><li role="option">亚信</li></ul></main>
   <script src="/listbox.js"></script>`,
);
// The page's own listbox records whether each key reached it already prevented.
const LISTBOX_SCRIPT = `window.__keys = [];
document.getElementById('list').addEventListener('keydown', (e) => { if (e.key !== 'Alt' && e.key !== 'Shift') window.__keys.push(e.key + ':' + e.defaultPrevented); });`;

let env: Env;
const workerLog: string[] = [];

beforeAll(async () => {
  env = await setUp({
    '/unrelated.html': UNRELATED,
    '/listbox.html': LISTBOX,
    '/listbox.js': { body: LISTBOX_SCRIPT, type: 'text/javascript' },
    '/spa.html': SPA,
    '/spa/weather': SPA,
    '/spa.js': { body: SPA_SCRIPT, type: 'text/javascript' },
  });
  env.browser.worker.on('console', (m) => workerLog.push(`${m.type()} ${m.text()}`));
});
afterAll(() => tearDown(env));

/** Where a word is, in the page's viewport (run in the page's world: the DOM is shared). */
const centreOf = (tab: WatchedTab, context: string, word: string) =>
  tab.run<{ x: number; y: number }>('measure', `(${textCentreInPage.toString()})(${JSON.stringify([context, word, 0])})`);

const CURRENT_TERMS = `CSS.highlights.get('treaty-lens-current')?.size ?? 0`;
const OPEN_CARD = `(() => { for (const el of document.documentElement.children) { const r = el.localName.startsWith('treaty-lens-ui') && chrome.dom.openOrClosedShadowRoot(el); const c = r && r.querySelector('.card:not([hidden])'); if (c) { const b = c.getBoundingClientRect(); return { text: c.textContent, width: b.width }; } } return null; })()`;
const ANNOUNCED = `(() => { for (const el of document.documentElement.children) { const r = el.localName.startsWith('treaty-lens-ui') && chrome.dom.openOrClosedShadowRoot(el); if (r) return r.querySelector('[role="status"]')?.textContent ?? ''; } return null; })()`;

// First, in a browser that has seen nothing else: the worker's states, and that reporting an
// unrelated page does not wake the segmenter.
describe('page states, from the worker only', () => {
  test('every tab is listed, unrelated and off included; reporting wakes no segmenter; SPA addresses follow', async () => {
    const unrelated = await WatchedTab.open(env.browser.context, env.server.url('/unrelated.html'));
    expect(await unrelated.verdict('unrelated')).toEqual({ verdict: 'unrelated', terms: 0 });
    expect(await env.browser.worker.evaluate(() => performance.getEntriesByName('treaty-lens:segmenter-init').length)).toBe(0);

    const sample = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    const related = await sample.verdict('related', true);
    expect(related.terms).toBeGreaterThan(10);
    const states = await pageStates(env.browser.context);
    expect(states).toEqual(
      expect.arrayContaining([
        { tabId: expect.any(Number) as number, frameUrl: env.server.url('/unrelated.html'), verdict: 'unrelated', terms: 0 },
        { tabId: expect.any(Number) as number, frameUrl: env.server.url('/sample.html'), verdict: 'related', terms: related.terms },
      ]),
    );
    for (const s of states) expect(Object.keys(s).sort()).toEqual(['frameUrl', 'tabId', 'terms', 'verdict']);

    // A single-page app's navigation is reported with its new address.
    const spa = await WatchedTab.open(env.browser.context, env.server.url('/spa.html'));
    await spa.verdict('related', true);
    await spa.run('page', `history.pushState({}, '', '/spa/weather')`);
    await expect.poll(async () => (await pageStates(env.browser.context)).some((s) => s.frameUrl === env.server.url('/spa/weather'))).toBe(true);

    // Off everywhere: every page says so.
    await env.browser.setSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await sample.verdict('off');
    await unrelated.verdict('off');
    await env.browser.setSettings(DEFAULT_SETTINGS);
    await sample.verdict('related', true);

    // A closed tab is forgotten.
    await unrelated.close();
    await expect.poll(async () => (await pageStates(env.browser.context)).some((s) => s.frameUrl === env.server.url('/unrelated.html'))).toBe(false);
    await sample.close();
    await spa.close();
  });
});

describe('the page cannot drive us', () => {
  test("synthetic keys and pointer events open nothing; a reader's click on a corpus link opens one tab, a double click no more", async () => {
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    await tab.annotated();
    const term = await centreOf(tab, '称亚信）', '亚信');
    await tab.run(
      'page',
      `(() => {
        const key = (key, mods = {}) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...mods }));
        key('ArrowDown', { altKey: true, shiftKey: true });
        key('Enter');
        for (const type of ['pointermove', 'pointerdown']) {
          document.elementFromPoint(${term.x}, ${term.y}).dispatchEvent(new PointerEvent(type, { clientX: ${term.x}, clientY: ${term.y}, pointerType: 'touch', bubbles: true, composed: true }));
        }
      })()`,
    );
    // Long enough for hover intent, a frame and a card to appear.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await tab.run('content', CURRENT_TERMS)).toBe(0);
    expect(await tab.run('content', OPEN_CARD)).toBeNull();

    // The reader's own hover and clicks: one request, at most one tab. The worker counts the
    // requests it carried out (each writes the panel's target).
    await env.browser.worker.evaluate(() => {
      const g = globalThis as unknown as { __opened: number; chrome: { storage: { session: { onChanged: { addListener(f: (c: Record<string, unknown>) => void): void } } } } };
      g.__opened = 0;
      g.chrome.storage.session.onChanged.addListener((change) => {
        if (change['panelTarget']) g.__opened++;
      });
    });
    const pages = env.browser.context.pages().length;
    await tab.page.mouse.move(term.x, term.y);
    await waitForCard(tab.page);
    const link = await cardLinkCentre(tab.page);
    // A double click: two trusted click events on the link, one action.
    await tab.page.mouse.click(link.x, link.y, { clickCount: 2 });
    await expect.poll(() => env.browser.sessionValue('panelTarget')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await env.browser.worker.evaluate(() => (globalThis as unknown as { __opened: number }).__opened)).toBe(1);
    expect(env.browser.context.pages().length - pages).toBeLessThanOrEqual(1);
    for (const extra of env.browser.context.pages().slice(pages)) await extra.close();
    await tab.close();
  });

  test("the card and the live region are out of the page's reach, and in the accessibility tree", async () => {
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    await tab.annotated();
    await tab.page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tab.run<string>('content', ANNOUNCED)).toMatch(/Term 1 of \d+/);
    expect(await tab.run('page', `[...document.documentElement.children].filter((e) => e.localName.startsWith('treaty-lens-ui')).map((e) => e.shadowRoot)`)).toEqual([null]);
    await tab.send('Accessibility.enable');
    const { nodes } = await tab.send('Accessibility.getFullAXTree');
    const status = nodes.find((n) => n.role?.value === 'status');
    expect(status).toBeDefined();
    const named = nodes.filter((n) => /Term 1 of \d+/.test(String(n.name?.value ?? '')));
    expect(named.length).toBeGreaterThan(0);
    await tab.close();
  });

  test('a page that removes, or defines and upgrades, <treaty-lens-ui> gets a new one on the next step', async () => {
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    await tab.annotated();
    await tab.page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tab.run<string>('content', ANNOUNCED)).toMatch(/Term 1 of/);
    await tab.run('page', `document.querySelector('treaty-lens-ui').remove()`);
    await tab.page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tab.run<string>('content', ANNOUNCED)).toMatch(/Term 2 of/);
    await tab.page.keyboard.press('Enter');
    await expect.poll(async () => (await tab.run<{ width: number } | null>('content', OPEN_CARD))?.width ?? 0).toBeGreaterThan(100);
    await tab.page.keyboard.press('Escape');

    // The page now defines the name: our element is upgraded to its class, which hides it.
    await tab.run('page', `customElements.define('treaty-lens-ui', class extends HTMLElement { connectedCallback() { this.style.display = 'none'; } })`);
    await tab.page.keyboard.press('Alt+Shift+ArrowDown');
    await tab.page.keyboard.press('Enter');
    await expect.poll(async () => (await tab.run<{ width: number } | null>('content', OPEN_CARD))?.width ?? 0).toBeGreaterThan(100);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  test("Enter, arrows and Escape in the page's own listbox are the page's, with a term current and with a card open", async () => {
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/listbox.html'));
    await tab.annotated();
    await tab.page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tab.run('content', CURRENT_TERMS)).toBe(1);
    await tab.page.focus('#list');
    for (const key of ['Enter', 'ArrowDown', 'ArrowUp', 'Alt+Shift+ArrowDown', 'Escape']) await tab.page.keyboard.press(key);
    // A hover card is open (it does not take focus): Escape in the listbox is still the page's.
    const term = await centreOf(tab, '和亚信框架', '亚信');
    await tab.page.mouse.move(term.x, term.y);
    await expect.poll(() => tab.run('content', OPEN_CARD)).not.toBeNull();
    await tab.page.keyboard.press('Escape');
    expect(await tab.run('page', 'window.__keys')).toEqual(['Enter:false', 'ArrowDown:false', 'ArrowUp:false', 'ArrowDown:false', 'Escape:false', 'Escape:false']);
    await tab.close();
  });
});

describe('the page cannot tell we are there', () => {
  test('no message, event or attribute carries our id or our state', async () => {
    const id = env.browser.extensionId;
    const init = `window.__heard = [];
      window.addEventListener('message', (e) => { try { const s = JSON.stringify(e.data); if (s.includes(${JSON.stringify(id)})) window.__heard.push('message ' + s); } catch {} });
      document.addEventListener(${JSON.stringify(`${id}:content:wxt:content-script-started`)}, () => window.__heard.push('event'));
      window.__attrs = [];
      new MutationObserver((rs) => rs.forEach((r) => window.__attrs.push(r.attributeName))).observe(document.documentElement, { attributes: true });`;
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'), init);
    await tab.annotated();
    expect(await tab.run('page', 'window.__heard')).toEqual([]);
    expect(await tab.run('page', 'window.__attrs')).toEqual([]);
    expect(await tab.run('page', `document.documentElement.getAttributeNames().filter((n) => n.includes('treaty'))`)).toEqual([]);
    await tab.close();
  });

  test('an unrelated page sees no style, global, timing entry, storage, attribute, element or console line of ours', async () => {
    const init = `window.__globals = Object.getOwnPropertyNames(window);`;
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/unrelated.html'), init);
    // What the page sees is read before asking the worker for the verdict: nothing to wait on in the page.
    await new Promise((r) => setTimeout(r, 2000));
    const seen = await tab.run<Record<string, unknown>>(
      'page',
      `({
        highlightStyle: getComputedStyle(document.querySelector('p'), '::highlight(treaty-lens-organization)').backgroundColor,
        newGlobals: Object.getOwnPropertyNames(window).filter((n) => n !== '__globals' && !window.__globals.includes(n)),
        entries: performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => e.name),
        storage: localStorage.length + sessionStorage.length + document.cookie.length,
        attributes: document.documentElement.getAttributeNames(),
        elements: [...document.documentElement.children].map((e) => e.localName),
        sheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
      })`,
    );
    expect(seen).toEqual({
      highlightStyle: 'rgba(0, 0, 0, 0)',
      newGlobals: [],
      entries: [],
      storage: 0,
      attributes: ['lang'],
      elements: ['head', 'body'],
      sheets: 0,
      highlights: 0,
    });
    expect(tab.log).toEqual([]);
    expect(await tab.verdict('unrelated')).toEqual({ verdict: 'unrelated', terms: 0 });
    await tab.close();
  });

  test('the highlight styles are there while a page is annotated, and gone when it stops', async () => {
    const style = `getComputedStyle(document.querySelector('p'), '::highlight(treaty-lens-organization)').backgroundColor`;
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    await tab.annotated();
    expect(await tab.run('page', style)).not.toBe('rgba(0, 0, 0, 0)');
    await env.browser.setSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await expect.poll(() => tab.run('content', OUR_RANGE_COUNT)).toBe(0);
    expect(await tab.run('page', style)).toBe('rgba(0, 0, 0, 0)');
    await env.browser.setSettings(DEFAULT_SETTINGS);
    await tab.close();
  });
});

describe('messages', () => {
  /** An extension page that answers what the background is asked before the background does. */
  async function liar(answers: Record<string, unknown>) {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl('popup.html'));
    await page.evaluate((byKey) => {
      type Listener = (m: { type?: string; stage?: string }, s: unknown, reply: (r: unknown) => void) => boolean | undefined;
      const chrome = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: Listener): void } } } }).chrome;
      chrome.runtime.onMessage.addListener((m, _s, reply) => {
        const answer = byKey[`${m?.type}:${m?.stage ?? ''}`];
        if (answer !== undefined) reply(answer);
        return undefined;
      });
    }, answers);
    return page;
  }

  test('a malformed annotate reply and a malformed message to the page are warned about and change nothing', async () => {
    // The background is held up while the tab loads (a busy worker), so the liar's answers are the ones taken.
    const bad = { ok: true, ids: ['cica-summit'], categories: ['organization'], spans: [0, -5, 99_999_999] };
    const lying = await liar({ 'detect:': { ok: true, verdict: { related: true, score: 9, reasons: [] } }, 'annotate:fast': bad, 'annotate:settled': bad });
    const busy = env.browser.worker.evaluate(() => {
      const until = Date.now() + 4_000;
      while (Date.now() < until);
    });
    await new Promise((r) => setTimeout(r, 200));
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    await expect.poll(() => tab.log.some((l) => l.startsWith('warning [Treaty Lens]') && l.includes('malformed reply to annotate'))).toBe(true);
    expect(await tab.run('content', OUR_RANGE_COUNT)).toBe(0);
    await busy;
    await lying.close();

    // A malformed message from an extension context, straight to the content script.
    const { tabId } = (await tabStateOf(tab.page))!;
    await env.browser.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'reveal-term', entryId: 'x'.repeat(300) }).catch(() => undefined),
      tabId,
    );
    await expect.poll(() => tab.log.some((l) => l.startsWith('warning [Treaty Lens]') && l.includes('rejected a malformed message'))).toBe(true);
    await tab.close();
  });
  test("a refused reply of the jieba stage leaves the first stage's highlights, and the page its state", async () => {
    const lying = await liar({ 'annotate:settled': { ok: true, ids: ['cica-summit'], categories: [], spans: [0, 0, 2] } });
    try {
      const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
      const state = await tab.verdict('related', true);
      expect(tab.log.some((l) => l.startsWith('warning [Treaty Lens]') && l.includes('malformed reply to annotate'))).toBe(true);
      expect(tab.log.some((l) => l.includes("the first stage's highlights stay"))).toBe(true);
      expect(state.terms).toBeGreaterThan(0);
      expect(await tab.run('content', OUR_RANGE_COUNT)).toBeGreaterThan(0);
      await tab.close();
    } finally {
      await lying.close();
    }
  });
});

// Last: the worker object the other tests use does not survive this.
describe('page states outlive the worker', () => {
  test('the worker stops (as it does after 30 s idle) and its successor knows every tab', async () => {
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    await tab.verdict('related', true);
    const before = (await pageStates(env.browser.context)).sort((a, b) => a.tabId - b.tabId);
    expect(before.length).toBeGreaterThan(0);
    await tab.send('ServiceWorker.enable');
    await tab.send('ServiceWorker.stopAllWorkers');
    // A new page's report wakes a new worker, which still knows the earlier tabs.
    const other = await WatchedTab.open(env.browser.context, env.server.url('/unrelated.html'));
    await other.verdict('unrelated');
    expect(await pageStates(env.browser.context)).toEqual(expect.arrayContaining(before));
    await other.close();
    await tab.close();
  });
});
