import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, withSiteMode } from './settings';
import { toggleSite } from './site-toggle';

test('a site goes off, then back to the mode it had', () => {
  const always = withSiteMode(DEFAULT_SETTINGS, 'a.org', 'always');
  const off = toggleSite(always, 'a.org', undefined);
  expect(off.settings.sites['a.org']).toBe('never');
  expect(off.remembered).toBe('always');
  const on = toggleSite(off.settings, 'a.org', off.remembered);
  expect(on.settings.sites['a.org']).toBe('always');
  expect(on.remembered).toBeUndefined();
});

test('an automatic site goes off and back to automatic (no entry)', () => {
  const off = toggleSite(DEFAULT_SETTINGS, 'a.org', undefined);
  expect(off).toEqual({ settings: { ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' } }, remembered: 'auto' });
  expect(toggleSite(off.settings, 'a.org', off.remembered).settings.sites).toEqual({});
});

test('a site set to never elsewhere comes back as automatic', () => {
  const never = withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never');
  expect(toggleSite(never, 'a.org', undefined).settings.sites).toEqual({});
});
