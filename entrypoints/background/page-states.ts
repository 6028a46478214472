// What each tab's page is, as its top frame's content script last reported it: the one
// place automation reads page states (globalThis.treatyLens.pageStates() in this worker),
// since pages carry no trace of us. Kept in storage.session, so a worker that slept and
// woke again still knows every tab.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/messaging/messages';

const KEY = 'pageStates';

const TabPageStateSchema = z.object({
  tabId: z.number(),
  frameUrl: z.string(),
  verdict: z.enum(['related', 'unrelated', 'off', 'pending']),
  terms: z.number(),
});
type TabPageState = z.infer<typeof TabPageStateSchema>;
const StoredSchema = z.array(TabPageStateSchema);

/** Writes one after the other: two tabs reporting at once must not overwrite each other. */
let writes: Promise<unknown> = Promise.resolve();

async function read(): Promise<TabPageState[]> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const parsed = StoredSchema.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
}

function update(change: (states: TabPageState[]) => TabPageState[]): Promise<void> {
  const next = writes.then(async () => {
    await browser.storage.session.set({ [KEY]: change(await read()) });
  });
  writes = next.catch((err: unknown) => console.warn('[Treaty Lens] could not keep a page state', err));
  return next;
}

export function recordPageState(tabId: number, frameUrl: string, state: PageState): Promise<void> {
  const entry: TabPageState = { tabId, frameUrl, verdict: state.verdict, terms: state.terms };
  return update((states) => [...states.filter((s) => s.tabId !== tabId), entry]);
}

function forgetTab(tabId: number): Promise<void> {
  return update((states) => states.filter((s) => s.tabId !== tabId));
}

/** Every known tab's state, once the writes under way are done. */
async function pageStates(): Promise<TabPageState[]> {
  await writes;
  return read();
}

export function trackPageStates(): void {
  // A new document in a tab reports afresh (its frameUrl says which); a closed tab is dropped.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  (globalThis as { treatyLens?: { pageStates: typeof pageStates } }).treatyLens = { pageStates };
}
