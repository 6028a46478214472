// Shared set-up for end-to-end tests: the built extension in Chromium, the local server
// with the sample page, and page-side probes that read what a user would see.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Corpus } from '../../lib/corpus/schema';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { SAMPLE_DOC_IDS, sampleDocs } from '../../scripts/lib/sample-docs';
import { samplePageHtml } from '../../scripts/lib/sample-page';
import { servePages, type PageServer } from '../../scripts/lib/serve';

export const corpus = JSON.parse(readFileSync('assets/corpus/corpus.json', 'utf8')) as Corpus;

export interface Env {
  browser: ExtensionBrowser;
  server: PageServer;
}

export async function setUp(extraPages: Record<string, string> = {}): Promise<Env> {
  const pages = new Map([['/sample.html', { body: samplePageHtml(sampleDocs(corpus)) }]]);
  for (const [path, body] of Object.entries(extraPages)) pages.set(path, { body });
  const server = await servePages(pages);
  const browser = await launchWithExtension();
  return { browser, server };
}

export async function tearDown(env: Env | undefined): Promise<void> {
  await env?.browser.close();
  await env?.server.close();
}

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

/** Texts of every highlighted range, read from the page's highlight registry. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('treaty-lens-')) continue;
      for (const range of highlight) texts.push((range as Range).toString().replace(/\s+/g, ''));
    }
    return texts;
  });
}

/** Viewport centre of the n-th occurrence of `text` inside the page's <main>. */
export function locateText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([needle, n]) => {
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = (node as Text).data.indexOf(needle);
        while (at >= 0) {
          if (seen++ === n) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = (node as Text).data.indexOf(needle, at + 1);
        }
      }
      throw new Error(`"${needle}" #${n} not found on the page`);
    },
    [text, nth] as const,
  );
}

export { SAMPLE_DOC_IDS };

/** chrome.* as seen from the extension's service worker, typed for what the tests use. */
interface WorkerChrome {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: { active: boolean }): Promise<{ id?: number }[]> };
}

export function sessionValue(env: Env, key: string): Promise<unknown> {
  return env.browser.worker.evaluate(async (k) => {
    const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return (await c.storage.session.get(k))[k];
  }, key);
}

export function activeTabId(env: Env): Promise<number> {
  return env.browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await c.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
