// The stored settings across extension updates, damage and two devices, in a fake browser's
// storage.sync: one item per setting and per site, and the single item of older versions
// rewritten in that layout.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItems } from './layout';
import { DEFAULT_SETTINGS, withSiteMode, type Settings } from './settings';

/** A fresh copy of the store module: what a newly updated extension runs on startup. */
async function startExtension() {
  vi.resetModules();
  return import('./store');
}

const sync = fakeBrowser.storage.sync;
const V1_VALUE = { enabled: false, sites: { 'www.fmprc.gov.cn': 'always', 'example.org': 'never' }, firstOccurrenceOnly: true, language: 'zh', theme: 'dark' };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** What each shape of the old single item reads as once migrated. */
const OLD_SHAPES: [string, Record<string, unknown>, Settings][] = [
  ['v1 (no version marker)', { settings: V1_VALUE }, { ...DEFAULT_SETTINGS, ...V1_VALUE } as Settings],
  [
    'v1 from before language and theme',
    { settings: { enabled: true, sites: { 'a.org': 'never' }, firstOccurrenceOnly: false } },
    { ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' } },
  ],
  [
    'v2 (marked by @wxt-dev/storage)',
    { settings: { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' }, hiddenCategories: ['place'], highlightStyle: 'underline' }, settings$: { v: 2 } },
    { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' }, hiddenCategories: ['place'], highlightStyle: 'underline' },
  ],
  [
    'v3 from another device, with a field this version does not know',
    { settings: { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' }, fieldOfTheFuture: true }, settings$: { v: 3 } },
    { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' } },
  ],
];

test.each(OLD_SHAPES)('the single item of %s is read, then rewritten as one item per setting and per site', async (_, stored, expected) => {
  await sync.set(stored);
  const { loadSettings, migrateStoredSettings } = await startExtension();
  expect(await loadSettings()).toEqual(expected);
  await migrateStoredSettings();
  expect(await sync.get(null)).toEqual(settingsItems(expected));
  expect(await loadSettings()).toEqual(expected);
});

test('settings already in this layout are read with a single storage call, and migration writes nothing', async () => {
  const current: Settings = { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' } };
  await sync.set(settingsItems(current));
  const { loadSettings, migrateStoredSettings } = await startExtension();
  const get = vi.spyOn(sync, 'get');
  const set = vi.spyOn(sync, 'set');
  expect(await loadSettings()).toEqual(current);
  expect(get).toHaveBeenCalledTimes(1);
  await migrateStoredSettings();
  expect(set).not.toHaveBeenCalled();
});

test('a fresh install reads the defaults, and a write stores every setting and each site apart', async () => {
  const { loadSettings, saveSettings } = await startExtension();
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  await saveSettings(withSiteMode({ ...DEFAULT_SETTINGS, highlightStyle: 'underline', panelTextSize: 'large' }, 'a.org', 'never'));
  expect(await sync.get(null)).toEqual({
    'setting:enabled': true,
    'setting:firstOccurrenceOnly': false,
    'setting:lightRepeats': false,
    'setting:language': 'auto',
    'setting:theme': 'auto',
    'setting:hiddenCategories': [],
    'setting:renderings': 'auto',
    'setting:card': { pinyin: true, english: true, definition: true },
    'setting:highlightStyle': 'underline',
    'setting:panelTextSize': 'large',
    'setting:lookupKey': 'Shift',
    'setting:cardsOnlyWhileKeyHeld': false,
    'setting:lookUpEveryWordOnHover': false,
    'site:a.org': 'never',
  });
  const { loadSettings: afterUpdate } = await startExtension();
  expect((await afterUpdate()).highlightStyle).toBe('underline');
  expect((await afterUpdate()).panelTextSize).toBe('large');
});

test('a change writes only what changed, so two devices changing different things keep both changes', async () => {
  const base = withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never');
  const { loadSettings, saveSettings } = await startExtension();
  const set = vi.spyOn(sync, 'set');
  /** What one device writes when it changes `base` into `next` before the other's change reaches it. */
  const writtenOnADevice = async (next: Settings) => {
    await sync.clear();
    await sync.set(settingsItems(base));
    set.mockClear();
    await saveSettings(next);
    return set.mock.calls.map(([items]) => items);
  };
  const a = await writtenOnADevice({ ...base, theme: 'dark' });
  const b = await writtenOnADevice(withSiteMode(base, 'b.kz', 'always'));
  expect([a, b]).toEqual([[{ 'setting:theme': 'dark' }], [{ 'site:b.kz': 'always' }]]);
  // storage.sync merges the two devices' writes item by item.
  for (const items of [...a, ...b]) await sync.set(items);
  expect(await loadSettings()).toEqual({ ...withSiteMode(base, 'b.kz', 'always'), theme: 'dark' });
  // A site set back to automatic is removed, after the rest is written.
  const remove = vi.spyOn(sync, 'remove');
  await saveSettings(DEFAULT_SETTINGS);
  expect(remove.mock.calls).toEqual([[['site:a.org', 'site:b.kz']]]);
  expect(await sync.get(null)).toEqual(settingsItems(DEFAULT_SETTINGS));
});

test('a corrupted old item reads as defaults with a warning, and migration stores them cleanly', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await sync.set({ settings: 'garbage', settings$: { v: 99 } });
  const { loadSettings, migrateStoredSettings } = await startExtension();
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  expect(warn).toHaveBeenCalledWith('[Treaty Lens]', expect.stringMatching(/invalid/));
  await migrateStoredSettings();
  expect(await sync.get(null)).toEqual(settingsItems(DEFAULT_SETTINGS));
});

test('damaged items fall back one by one, the others kept, and the next write repairs them', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await sync.set({
    ...settingsItems(withSiteMode(DEFAULT_SETTINGS, 'b.org', 'always')),
    'setting:theme': 'purple',
    'setting:hiddenCategories': ['weather'],
    'site:a.org': 'sometimes',
  });
  const { loadSettings, saveSettings } = await startExtension();
  const settings = await loadSettings();
  expect(settings).toEqual(withSiteMode(DEFAULT_SETTINGS, 'b.org', 'always'));
  expect(warn).toHaveBeenCalledWith('[Treaty Lens]', expect.stringMatching(/invalid in theme, hiddenCategories.*invalid for the sites a\.org/));
  await saveSettings({ ...settings, enabled: false });
  expect(await sync.get(null)).toEqual(settingsItems({ ...settings, enabled: false }));
});

test('watchers get the whole settings after a change to any item, ours or synced from elsewhere', async () => {
  const { saveSettings, watchSettings } = await startExtension();
  const seen: Settings[] = [];
  const stop = watchSettings((s) => seen.push(s));
  await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
  await vi.waitFor(() => expect(seen.at(-1)?.theme).toBe('light'));
  await sync.set({ 'site:b.kz': 'never' });
  await vi.waitFor(() => expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', sites: { 'b.kz': 'never' } }));
  const count = seen.length;
  await sync.set({ unrelated: 1 });
  stop();
  await sync.set({ 'setting:theme': 'dark' });
  await new Promise((r) => setTimeout(r, 10));
  expect(seen.length).toBe(count);
});

test('items from a newer version (synced from another device) are left alone', async () => {
  const error = vi.spyOn(console, 'error');
  await sync.set({ ...settingsItems(DEFAULT_SETTINGS), 'setting:fieldOfTheFuture': true });
  const { loadSettings, saveSettings } = await startExtension();
  const settings = await loadSettings();
  expect(settings).toEqual(DEFAULT_SETTINGS);
  await saveSettings({ ...settings, theme: 'dark' });
  expect((await sync.get('setting:fieldOfTheFuture'))['setting:fieldOfTheFuture']).toBe(true);
  expect(error).not.toHaveBeenCalled();
});
