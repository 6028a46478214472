// Settings stored by an older version (one storage.sync item, 'settings', with
// @wxt-dev/storage's version marker) are rewritten one item per setting and per site when
// the extension starts, here with the browser restarted on the same profile, and the
// extension goes on with them: the options page lists the sites in the chosen language,
// and a site set to never stays off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { settingsItems } from '../../lib/settings/layout';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { launchWithExtension } from '../../scripts/harness/browser';
import { setUp, tearDown, waitForVerdict, type Env } from './fixtures';

interface WorkerChrome {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } };
}

/** What version 0.1 (settings v2) wrote. */
const OLD_ITEM = {
  enabled: true,
  sites: { '127.0.0.1': 'never', 'www.fmprc.gov.cn': 'always' },
  firstOccurrenceOnly: true,
  language: 'zh',
  theme: 'dark',
  hiddenCategories: ['person'],
  card: { pinyin: true, english: false, definition: true },
  highlightStyle: 'underline',
};

const profile = mkdtempSync(join(tmpdir(), 'treaty-lens-migration-'));
let env: Env;
beforeAll(async () => {
  env = await setUp({}, { profile });
});
afterAll(async () => {
  await tearDown(env);
  rmSync(profile, { recursive: true, force: true });
});

test('an old single settings item is migrated when the extension starts, and its settings apply', async () => {
  await env.browser.worker.evaluate(async (item) => {
    const { sync } = (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage;
    await sync.clear();
    await sync.set({ settings: item, settings$: { v: 2 } });
  }, OLD_ITEM);
  await env.browser.close();
  env.browser = await launchWithExtension({ profile });

  const expected = { ...DEFAULT_SETTINGS, ...OLD_ITEM } as Settings;
  const stored = () => env.browser.worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.sync.get(null));
  await expect.poll(stored).toEqual(settingsItems(expected));

  const options = await env.browser.context.newPage();
  await options.goto(env.browser.extensionUrl('options.html'));
  await expect.poll(() => options.title()).toBe('Treaty Lens 设置');
  expect(await options.getByRole('rowheader').allTextContents()).toEqual(['127.0.0.1', 'www.fmprc.gov.cn']);

  const page = await env.browser.context.newPage();
  await page.goto(env.server.url('/sample.html'));
  await waitForVerdict(page, 'off');
});
