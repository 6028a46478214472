import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, withSiteMode } from './settings';
import { exportSiteList, mergeSiteList, normalizeHost, parseSiteList } from './site-list';

test('host names are normalised from what people type', () => {
  expect(normalizeHost(' Example.ORG ')).toBe('example.org');
  expect(normalizeHost('https://www.fmprc.gov.cn/web/zyxw/')).toBe('www.fmprc.gov.cn');
  expect(normalizeHost('news.cn/politics')).toBe('news.cn');
  expect(normalizeHost('example.org.')).toBe('example.org');
  expect(normalizeHost('localhost')).toBe('localhost');
  expect(normalizeHost('127.0.0.1')).toBe('127.0.0.1');
  expect(normalizeHost('人民网.中国')).toMatch(/^xn--[a-z0-9]+\.xn--fiqs8s$/);
  for (const bad of ['', 'example', 'exa mple.org', '-a.org', 'a..org', 'http://', '<script>.org']) expect(normalizeHost(bad), bad).toBeUndefined();
});

test('an exported list imports back to the same sites', () => {
  const settings = withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never'), 'b.kz', 'always');
  const parsed = parseSiteList(exportSiteList(settings));
  expect(parsed).toEqual({ ok: true, sites: { 'a.org': 'never', 'b.kz': 'always' } });
});

test('a bad file is refused with a reason naming what is wrong', () => {
  expect(parseSiteList('{ not json')).toEqual({ ok: false, error: { code: 'not-json' } });
  for (const text of ['null', '[]', '{"sites":{}}', '{"format":"treaty-lens-sites","sites":[]}', '{"format":"other","sites":{}}']) {
    expect(parseSiteList(text), text).toEqual({ ok: false, error: { code: 'not-a-site-list' } });
  }
  const file = (sites: unknown) => JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites });
  expect(parseSiteList(file({ 'not a host': 'never' }))).toEqual({ ok: false, error: { code: 'bad-host', host: 'not a host' } });
  expect(parseSiteList(file({ 'a.org': 'sometimes' }))).toEqual({ ok: false, error: { code: 'bad-mode', host: 'a.org', mode: 'sometimes' } });
  expect(parseSiteList(file({ 'a.org': 3 }))).toEqual({ ok: false, error: { code: 'bad-mode', host: 'a.org', mode: '3' } });
});

test('import normalises hosts and merges: the file wins, auto removes', () => {
  const settings = withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never'), 'keep.org', 'always');
  const parsed = parseSiteList(JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites: { 'A.org': 'always', 'keep.org': 'auto', 'new.kz': 'never' } }));
  if (!parsed.ok) throw new Error('expected a valid file');
  expect(mergeSiteList(settings, parsed.sites).sites).toEqual({ 'a.org': 'always', 'new.kz': 'never' });
});
