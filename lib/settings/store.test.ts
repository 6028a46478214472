// The stored settings across extension updates and damage, in a fake browser's storage.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** A fresh copy of the store module: what a newly updated extension runs on startup. */
async function startExtension() {
  vi.resetModules();
  return import('./store');
}

const V1_VALUE = { enabled: false, sites: { 'www.fmprc.gov.cn': 'always', 'example.org': 'never' }, firstOccurrenceOnly: true, language: 'zh', theme: 'dark' };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

test('a v1 value survives the update to v2, its choices kept and new fields filled', async () => {
  // Version 1 stored the bare value without a version marker.
  await fakeBrowser.storage.sync.set({ settings: V1_VALUE });
  const { loadSettings } = await startExtension();
  const expected: Settings = { ...DEFAULT_SETTINGS, ...V1_VALUE } as Settings;
  expect(await loadSettings()).toEqual(expected);
  // The migration wrote the v2 value and its version.
  const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
  expect(stored['settings']).toEqual(expected);
  expect(stored['settings$']).toEqual({ v: 2 });
});

test('a value already at this version is read with a single storage call', async () => {
  const current: Settings = { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' } };
  await fakeBrowser.storage.sync.set({ settings: current, settings$: { v: 2 } });
  const { loadSettings } = await startExtension();
  const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
  expect(await loadSettings()).toEqual(current);
  expect(get).toHaveBeenCalledTimes(1);
});

test('a v1 value from before language and theme existed migrates too', async () => {
  await fakeBrowser.storage.sync.set({ settings: { enabled: true, sites: { 'a.org': 'never' }, firstOccurrenceOnly: false } });
  const { loadSettings } = await startExtension();
  expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' } });
});

test('a fresh install reads the defaults and writes a v2 value', async () => {
  const { loadSettings, saveSettings } = await startExtension();
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  await saveSettings({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' });
  const { loadSettings: afterUpdate } = await startExtension();
  expect((await afterUpdate()).highlightStyle).toBe('underline');
  expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 2 });
});

test('a corrupted value reads as defaults with a warning, and the next write repairs it', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fakeBrowser.storage.sync.set({ settings: 'garbage' });
  const { loadSettings, saveSettings } = await startExtension();
  const settings = await loadSettings();
  expect(settings).toEqual(DEFAULT_SETTINGS);
  expect(warn).toHaveBeenCalledWith('[Treaty Lens]', expect.stringMatching(/invalid/));
  await saveSettings({ ...settings, enabled: false });
  expect((await fakeBrowser.storage.sync.get('settings'))['settings']).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
});

test('a partly damaged v2 value keeps its good fields, and a write stores them cleanly', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' }, hiddenCategories: ['weather'] }, settings$: { v: 2 } });
  const { loadSettings, saveSettings } = await startExtension();
  const next = await loadSettings();
  expect(next).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' } });
  await saveSettings(next);
  expect((await fakeBrowser.storage.sync.get('settings'))['settings']).toEqual(next);
});

test('watchers get parsed settings', async () => {
  const { saveSettings, watchSettings } = await startExtension();
  const seen: Settings[] = [];
  const stop = watchSettings((s) => seen.push(s));
  await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
  await vi.waitFor(() => expect(seen.at(-1)?.theme).toBe('light'));
  stop();
});

test('a value from a newer version (synced from another device) is read, not migrated, without an error', async () => {
  const error = vi.spyOn(console, 'error');
  const newer = { ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' }, fieldOfTheFuture: true };
  await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 3 } });
  const { loadSettings, saveSettings } = await startExtension();
  const settings = await loadSettings();
  expect(settings).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.org': 'always' } });
  await saveSettings(settings);
  expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 3 });
  expect(error).not.toHaveBeenCalled();
});
