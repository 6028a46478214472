// Hostile pages in real Chromium (tests/e2e/hostile-pages.ts). For each page, in one tab:
// loaded with the site off, its DOM is recorded; turned on, the page is annotated and its
// card opens; the DOM is the same (but for our host element), the page's own script still works, nothing editable is highlighted; turned off
// again, nothing of ours is left. No console error, and no warning of ours, on the way.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type SiteMode } from '../../lib/settings/settings';
import { servePages, type PageServer } from '../../scripts/harness/serve';
import { setUp, tearDown, type Env } from './fixtures';
import { hostilePages, OTHER_ORIGIN_PAGES } from './hostile-pages';
import { WatchedTab, type HighlightInfo } from './hostile-watch';

let env: Env;
let other: PageServer;
const workerProblems: string[] = [];

beforeAll(async () => {
  other = await servePages(new Map(Object.entries(OTHER_ORIGIN_PAGES)));
  env = await setUp(hostilePages(other.origin));
  env.browser.worker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') workerProblems.push(`${m.type()} ${m.text()}`);
  });
});
afterAll(async () => {
  await tearDown(env);
  await other?.close();
});

async function setSite(mode: SiteMode): Promise<void> {
  const settings: Settings = { ...DEFAULT_SETTINGS, sites: mode === 'auto' ? {} : { '127.0.0.1': mode } };
  await env.browser.setSettings(settings);
}

interface Case {
  path: string;
  /** How the site is turned on: 'auto' expects the page to be judged related. */
  on?: SiteMode;
  /** Checks of this page's own, while annotated. */
  check?: (tab: WatchedTab, highlights: HighlightInfo[]) => void | Promise<void>;
}

const CASES: Case[] = [
  { path: '/hostile/csp.html' },
  {
    path: '/hostile/trusted-types.html',
    async check(tab) {
      // Enforcement is real: a plain string into innerHTML is refused in the page's world.
      const problems = tab.problems.length;
      expect(await tab.run('page', `(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'refused'; } })()`)).toBe('refused');
      // That refusal (and its report) was the test's own doing.
      tab.problems.splice(problems);
      await tab.run('page', `window.__errors.length = 0`);
    },
  },
  {
    path: '/hostile/builtins.html',
    async check(tab) {
      // Our content script never reached the page's replacements.
      const calls = await tab.run<Record<string, number>>('page', 'window.__calls');
      expect(Object.values(calls).reduce((a, b) => a + b, 0), JSON.stringify(calls)).toBe(0);
    },
  },
  {
    path: '/hostile/custom-element.html',
    async check(tab) {
      // The page's class ran for its own element and (once, unavoidably: the isolated world
      // cannot see the page's registry) for our createElement; it never got connected to ours.
      const squatter = await tab.run<{ constructed: number; connected: number }>('page', 'window.__squatter');
      expect(squatter.connected).toBe(1);
      expect(squatter.constructed).toBeLessThanOrEqual(2);
    },
  },
  // Its 300,000 characters of weather drown the article: rightly judged unrelated, so the
  // reader asks for it ('always').
  { path: '/hostile/big.html', on: 'always' },
  {
    path: '/hostile/deep.html',
    check(_tab, highlights) {
      expect(highlights.some((h) => h.text === '丝绸之路经济带' && h.near === 'deep')).toBe(true);
    },
  },
  { path: '/hostile/malformed.html' },
  { path: '/hostile/mutating.html' },
  {
    path: '/hostile/editable.html',
    async check(tab) {
      // Typing a term into the editor is not highlighted either, and the typed text stays.
      await tab.page.click('#editor p');
      await tab.page.keyboard.type('三股势力');
      // A term added outside the editor right after: once it is highlighted, the mutation
      // batch that carried the typing has been handled too (no fixed sleep).
      await tab.run('page', `document.body.insertAdjacentHTML('beforeend', '<p id="typing-probe">亚信</p>')`);
      await expect.poll(async () => (await tab.highlights()).some((h) => h.near === 'typing-probe')).toBe(true);
      expect((await tab.highlights()).filter((h) => h.editable)).toEqual([]);
      expect(await tab.run('page', `document.getElementById('editor').textContent.includes('三股势力')`)).toBe(true);
      await tab.run('page', `document.getElementById('typing-probe').remove(); document.getElementById('editor').innerHTML = '<p>编辑框：上海合作组织和亚信</p>'`);
    },
  },
  {
    path: '/hostile/iframes.html',
    async check(tab, highlights) {
      expect(highlights.some((h) => h.inFrame && h.text === '中国—中亚峰会')).toBe(true);
      // The cross-origin frame is not ours to touch: nothing of ours, its probe intact.
      const cross = tab.page.frames().find((f) => f.url().startsWith(other.origin))!;
      expect(await cross.evaluate(() => [document.documentElement.getAttributeNames().filter((n) => n.includes('treaty')), (window as unknown as { __probe: string }).__probe])).toEqual([[], 'ok']);
    },
  },
  {
    path: '/hostile/shadow.html',
    check(_tab, highlights) {
      expect(highlights.some((h) => h.inShadow && h.text === '上海合作组织')).toBe(true);
      expect(highlights.some((h) => h.near === 'open-card' && h.text === '亚信')).toBe(true);
    },
  },
  {
    path: '/hostile/document-write.html',
    check(_tab, highlights) {
      expect(highlights.some((h) => h.near === 'written' && h.text === '上海合作组织')).toBe(true);
    },
  },
  {
    path: '/hostile/rtl.html',
    check(_tab, highlights) {
      const texts = new Set(highlights.map((h) => h.text));
      for (const term of ['亚信', '三股势力', '全面战略伙伴关系']) expect(texts, term).toContain(term);
    },
  },
];

/** Stops a page's own changes (if it has any) so its DOM can be compared. */
const settle = (tab: WatchedTab) => tab.run('page', 'window.__settle?.()');
const resume = (tab: WatchedTab) => tab.run('page', 'window.__resume?.()');

/** The first difference between two serialisations, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? '' : `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('hostile pages', () => {
  for (const c of CASES) {
    test(c.path, async () => {
      workerProblems.length = 0;
      await setSite('never');
      const tab = await WatchedTab.open(env.browser.context, env.server.url(c.path));
      try {
        await tab.verdict('off');
        expect(await tab.run('page', 'window.__probe')).toBe('ok');
        await settle(tab);
        const before = await tab.snapshot();
        expect(before.ours).toBe(0);
        await resume(tab);

        await setSite(c.on ?? 'auto');
        // 'always' annotates a page judged unrelated; it still says so.
        await tab.verdict(c.on === 'always' ? 'unrelated' : 'related', true);
        // The card opens from the keyboard (our host element and its shadow root work here).
        await tab.page.keyboard.press('Alt+Shift+ArrowDown');
        await tab.page.keyboard.press('Enter');
        await expect.poll(() => tab.openCardText()).toBeTruthy();
        await tab.page.keyboard.press('Escape');

        const highlights = await tab.highlights();
        expect(highlights.length).toBeGreaterThan(0);
        expect(highlights.filter((h) => h.editable)).toEqual([]);
        await c.check?.(tab, highlights);

        await settle(tab);
        const during = await tab.snapshot();
        expect(during.ours).toBe(1);
        expect(firstDifference(before.html, during.html)).toBe('');
        expect(await tab.run('page', 'window.__exercise()')).toBe('ok');
        await resume(tab);

        await setSite('never');
        await tab.verdict('off');
        expect(await tab.highlights()).toEqual([]);
        await settle(tab);
        const after = await tab.snapshot();
        expect(after.ours).toBe(0);
        expect(firstDifference(before.html, after.html)).toBe('');
        expect(await tab.run('page', 'window.__exercise()')).toBe('ok');

        expect(await tab.run('page', 'window.__errors')).toEqual([]);
        expect(tab.problems).toEqual([]);
        expect(workerProblems).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
