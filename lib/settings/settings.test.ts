import { describe, expect, test } from 'vitest';
import { affectsAnnotation, categoryShown, DEFAULT_SETTINGS, parseSettings, renderingsFor, shouldAnnotate, siteModeFor, withCategoryShown, withSiteMode } from './settings';

describe('settings', () => {
  test('a host not listed is automatic', () => {
    expect(siteModeFor(DEFAULT_SETTINGS, 'example.org')).toBe('auto');
  });

  test('hosts named like Object.prototype properties are ordinary hosts', () => {
    for (const host of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(siteModeFor(DEFAULT_SETTINGS, host), host).toBe('auto');
      expect(shouldAnnotate(DEFAULT_SETTINGS, host, true), host).toBe(true);
      const never = withSiteMode(DEFAULT_SETTINGS, host, 'never');
      expect(siteModeFor(never, host), host).toBe('never');
      expect(Object.getPrototypeOf(never.sites), host).toBe(Object.prototype);
      expect(siteModeFor(never, 'other.org'), host).toBe('auto');
      expect(siteModeFor(withSiteMode(never, host, 'auto'), host), host).toBe('auto');
    }
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

  test('a damaged field falls back alone; the rest is kept', () => {
    const { settings, warning } = parseSettings({ ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' }, theme: 'purple', card: { pinyin: 'no' }, panelTextSize: '40px', lookupKey: 'Meta' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sites: { 'a.org': 'never' } });
    expect(warning).toMatch(/invalid in theme, card, panelTextSize, lookupKey/);
  });

  test('unknown fields are dropped', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, leftover: 1 }).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('categories are hidden and shown again', () => {
    const hidden = withCategoryShown(DEFAULT_SETTINGS, 'place', false);
    expect(categoryShown(hidden, 'place')).toBe(false);
    expect(categoryShown(hidden, 'person')).toBe(true);
    expect(withCategoryShown(hidden, 'place', true).hiddenCategories).toEqual([]);
  });

  test('only changes to what a page highlights make it annotate again', () => {
    const d = DEFAULT_SETTINGS;
    expect(affectsAnnotation(d, { ...d, panelTextSize: 'larger' }, 'a.org')).toBe(false);
    expect(affectsAnnotation(d, { ...d, theme: 'dark', language: 'zh', card: { pinyin: false, english: true, definition: true } }, 'a.org')).toBe(false);
    expect(affectsAnnotation(d, withSiteMode(d, 'b.org', 'never'), 'a.org')).toBe(false);
    expect(affectsAnnotation(d, withSiteMode(d, 'a.org', 'never'), 'a.org')).toBe(true);
    expect(affectsAnnotation(d, { ...d, enabled: false }, 'a.org')).toBe(true);
    expect(affectsAnnotation(d, { ...d, highlightStyle: 'underline' }, 'a.org')).toBe(true);
    expect(affectsAnnotation(d, withCategoryShown(d, 'place', false), 'a.org')).toBe(true);
    expect(affectsAnnotation(d, { ...d, firstOccurrenceOnly: true }, 'a.org')).toBe(true);
    expect(affectsAnnotation(d, { ...d, lightRepeats: true }, 'a.org')).toBe(true);
  });
});

describe('the renderings on the card', () => {
  test('automatic follows the interface language', () => {
    expect(renderingsFor(DEFAULT_SETTINGS, 'en')).toEqual(['en']);
    expect(renderingsFor(DEFAULT_SETTINGS, 'zh')).toEqual(['en']);
    expect(renderingsFor(DEFAULT_SETTINGS, 'ru')).toEqual(['ru', 'en']);
  });
  test('a chosen order is kept whatever the interface language, once each', () => {
    expect(renderingsFor({ renderings: ['kk', 'en'] }, 'ru')).toEqual(['kk', 'en']);
    expect(renderingsFor({ renderings: ['ru', 'ru'] }, 'en')).toEqual(['ru']);
  });
  test('a stored list that is empty or names an unknown language falls back to automatic', () => {
    expect(parseSettings({ ...DEFAULT_SETTINGS, renderings: [] }).settings.renderings).toBe('auto');
    expect(parseSettings({ ...DEFAULT_SETTINGS, renderings: ['de'] }).settings.renderings).toBe('auto');
    expect(parseSettings({ ...DEFAULT_SETTINGS, renderings: ['ru', 'kk'] }).settings.renderings).toEqual(['ru', 'kk']);
  });
});
