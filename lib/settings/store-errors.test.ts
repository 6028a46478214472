// A write that storage refuses (quota, a sync error) is reported to the caller, and what was
// stored before stays whole: no half-written settings.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('a quota error rejects saveSettings and leaves the stored settings as they were', async () => {
  vi.resetModules();
  const { loadSettings, saveSettings } = await import('./store');
  const before = { ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' as const } };
  await saveSettings(before);
  const stored = await fakeBrowser.storage.sync.get(null);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
  await expect(saveSettings({ ...before, enabled: false, sites: { 'b.org': 'always' } })).rejects.toThrow(/quota/);
  expect(await fakeBrowser.storage.sync.get(null)).toEqual(stored);
  expect(await loadSettings()).toEqual(before);
});
