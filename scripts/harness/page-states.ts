// The page states the service worker holds (globalThis.treatyLens.pageStates()), and the
// one of a Playwright page: pages carry no trace of us, so this is where automation looks.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface TabPageState {
  tabId: number;
  frameUrl: string;
  verdict: 'related' | 'unrelated' | 'off' | 'pending';
  terms: number;
}

/** The extension's worker now (a stopped worker comes back as a new one). */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export async function pageStates(context: BrowserContext): Promise<TabPageState[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      const worker = await extensionWorker(context);
      return await worker.evaluate(() => (globalThis as unknown as { treatyLens: { pageStates(): Promise<TabPageState[]> } }).treatyLens.pageStates());
    } catch (err) {
      // The worker was stopping while asked: ask the one that replaces it.
      if (attempt >= 3) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Each page's tab, once known: the newest unclaimed tab showing its address (tab ids grow). */
const tabOfPage = new WeakMap<Page, number>();

export async function tabStateOf(page: Page): Promise<TabPageState | undefined> {
  const states = await pageStates(page.context());
  const known = tabOfPage.get(page);
  if (known !== undefined) {
    const state = states.find((s) => s.tabId === known);
    if (state?.frameUrl === page.url()) return state;
  }
  const claimed = new Set(page.context().pages().filter((p) => p !== page).map((p) => tabOfPage.get(p)));
  const candidates = states.filter((s) => s.frameUrl === page.url() && !claimed.has(s.tabId)).sort((a, b) => b.tabId - a.tabId);
  const state = known !== undefined ? candidates.find((s) => s.tabId === known) : candidates[0];
  if (state) tabOfPage.set(page, state.tabId);
  return state;
}
