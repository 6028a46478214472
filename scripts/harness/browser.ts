// Debian's Chromium with the built extension loaded, through playwright-core (which cannot
// download a browser here). Shared by the demo, the end-to-end tests and the benchmark.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { PageState } from '../../lib/messaging/messages';
import { readStoredSettings, settingsWrite } from '../../lib/settings/layout';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';

const CHROME_BUILD = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  extensionUrl(path: string): string;
  /** The active tab's id, asked from the service worker. */
  activeTabId(): Promise<number>;
  /** What the content script of the active tab reports (the popup's question). */
  pageState(): Promise<PageState>;
  /** A value from storage.session, as the extension sees it. */
  sessionValue(key: string): Promise<unknown>;
  /** Stores these settings (defaults for the fields not given) as the options page would; open tabs follow. */
  setSettings(settings: Partial<Settings>): Promise<void>;
  /** The stored settings, as the extension reads them from storage.sync. */
  settings(): Promise<Settings>;
  /** The toolbar badge's text for a tab. */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** chrome.* as seen from the service worker, typed for what is used here. */
interface WorkerChrome {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    sync: { set(items: Record<string, unknown>): Promise<void>; get(key: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: {
    query(q: { active: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

function syncItems(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.sync.get(null));
}

/** Writes settings in the extension's storage layout, through its own lib/settings/layout. */
async function storeSettings(worker: Worker, settings: Partial<Settings>): Promise<void> {
  const write = settingsWrite(await syncItems(worker), { ...DEFAULT_SETTINGS, ...settings });
  await worker.evaluate(async ({ set, remove }) => {
    const { sync } = (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage;
    await sync.set(set);
    await sync.remove(remove);
  }, write);
}

function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await c.tabs.query({ active: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** A profile directory to start from and leave behind (a restart); by default a fresh one, removed on close. */
  profile?: string;
  /** Extra Chromium flags (a --host-resolver-rules mapping, say). */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run npm run build first`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'treaty-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = worker.url().split('/')[2]!;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    activeTabId: () => activeTabId(worker),
    async pageState() {
      const tabId = await activeTabId(worker);
      return worker.evaluate(
        ([id, message]) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(id, message),
        [tabId, { type: 'get-page-state' }] as const,
      ) as Promise<PageState>;
    },
    settings: async () => readStoredSettings(await syncItems(worker)).settings,
    badgeText: (tabId) => worker.evaluate((id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId: id }), tabId),
    setSettings: (settings) => storeSettings(worker, settings),
    sessionValue: (key) =>
      worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get(k))[k], key),
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
