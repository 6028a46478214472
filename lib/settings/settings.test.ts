import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, shouldAnnotate, siteModeFor, withSiteMode } from './settings';

describe('settings', () => {
  test('a host not listed is automatic', () => {
    expect(siteModeFor(DEFAULT_SETTINGS, 'example.org')).toBe('auto');
  });

  test('setting a site back to auto removes it', () => {
    const s = withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never'), 'a.org', 'auto');
    expect(s.sites).toEqual({});
  });

  test('modes decide annotation', () => {
    const s = withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'never.org', 'never'), 'always.org', 'always');
    expect(shouldAnnotate(s, 'never.org', true)).toBe(false);
    expect(shouldAnnotate(s, 'always.org', false)).toBe(true);
    expect(shouldAnnotate(s, 'other.org', true)).toBe(true);
    expect(shouldAnnotate(s, 'other.org', false)).toBe(false);
    expect(shouldAnnotate({ ...s, enabled: false }, 'always.org', true)).toBe(false);
  });

  test('corrupted stored values fall back to defaults with a warning', () => {
    for (const raw of ['garbage', 42, { enabled: 'yes' }, { enabled: true, sites: { 'a.org': 'sometimes' } }]) {
      const { settings, warning } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(warning).toMatch(/invalid/);
    }
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  test("a value stored before a field existed gets the field's default", () => {
    expect(parseSettings({ enabled: false, sites: { 'a.org': 'never' } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, enabled: false, sites: { 'a.org': 'never' } },
    });
  });
});
