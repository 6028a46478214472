// The site toggle's handler in a fake browser: the host comes from the tab's content script,
// the mode goes to the settings, and the previous mode comes back on the second press.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, withSiteMode } from '@/lib/settings/settings';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { toggleSiteInTab } from './commands';

const state = { host: 'www.fmprc.gov.cn', verdict: 'related', score: 1, reasons: [], terms: 3, found: [] };

beforeEach(() => {
  fakeBrowser.reset();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the spy takes sendMessage's last overload, the callback form, which returns void; the code calls the promise form
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((_tabId: number, message: unknown) => {
    expect(message).toEqual({ type: 'get-page-state' });
    return Promise.resolve(state);
  });
});
afterEach(() => vi.restoreAllMocks());

test('an automatic site goes off, then back to automatic', async () => {
  expect(await toggleSiteInTab(7)).toBe('never');
  expect((await loadSettings()).sites).toEqual({ 'www.fmprc.gov.cn': 'never' });
  expect(await toggleSiteInTab(7)).toBe('auto');
  expect((await loadSettings()).sites).toEqual({});
});

test('a site set to always comes back as always, other sites untouched', async () => {
  await saveSettings(withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'www.fmprc.gov.cn', 'always'), 'other.kz', 'never'));
  expect(await toggleSiteInTab(7)).toBe('never');
  expect(await toggleSiteInTab(7)).toBe('always');
  expect((await loadSettings()).sites).toEqual({ 'www.fmprc.gov.cn': 'always', 'other.kz': 'never' });
});

test('a tab without our content script is left alone', async () => {
  vi.mocked(browser.tabs.sendMessage).mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  expect(await toggleSiteInTab(7)).toBeUndefined();
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
});
