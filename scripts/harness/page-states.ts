// The page states the service worker holds (globalThis.treatyLens.pageStates()), and the
// one of a Playwright page: pages carry no trace of us, so this is where automation looks.
import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface TabPageState {
  tabId: number;
  frameUrl: string;
  verdict: 'related' | 'unrelated' | 'off' | 'pending';
  terms: number;
}

const ask = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { treatyLens: { pageStates(): Promise<TabPageState[]> } }).treatyLens.pageStates());

/** Asks the extension's worker; a stopped one is replaced by the next that starts (newest first). */
export async function pageStates(context: BrowserContext): Promise<TabPageState[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const workers = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://')).reverse();
    for (const worker of workers) {
      try {
        return await ask(worker);
      } catch {
        // stopped: try the next, or wait for a new one
      }
    }
    if (Date.now() > deadline) throw new Error('no running service worker of the extension');
    await context.waitForEvent('serviceworker', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
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
