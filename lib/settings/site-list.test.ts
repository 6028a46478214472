import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, withSiteMode } from './settings';
import { exportSiteList, MAX_SITE_LIST_BYTES, mergeSiteList, normalizeHost, readSiteListFile } from './site-list';

const read = (text: string) => readSiteListFile(new Blob([text]));

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

test('an exported list imports back to the same sites', async () => {
  const settings = withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never'), 'b.kz', 'always');
  expect(await read(exportSiteList(settings))).toEqual({ ok: true, value: { 'a.org': 'never', 'b.kz': 'always' } });
});

test('a bad file is refused with a reason naming what is wrong', async () => {
  expect(await read('{ not json')).toEqual({ ok: false, problem: { code: 'not-json' } });
  for (const text of ['null', '[]', '{"sites":{}}', '{"format":"treaty-lens-sites","sites":[]}', '{"format":"other","sites":{}}']) {
    expect(await read(text), text).toEqual({ ok: false, problem: { code: 'not-a-site-list' } });
  }
  const file = (sites: unknown) => JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites });
  expect(await read(file({ 'not a host': 'never' }))).toEqual({ ok: false, problem: { code: 'bad-host', host: 'not a host' } });
  expect(await read(file({ 'a.org': 'sometimes' }))).toEqual({ ok: false, problem: { code: 'bad-mode', host: 'a.org', mode: 'sometimes' } });
  expect(await read(file({ 'a.org': 3 }))).toEqual({ ok: false, problem: { code: 'bad-mode', host: 'a.org', mode: '3' } });
});

test('a file over the size limit is refused before it is read', async () => {
  const file = { size: MAX_SITE_LIST_BYTES + 1, text: () => Promise.reject(new Error('read')) };
  expect(await readSiteListFile(file)).toEqual({ ok: false, problem: { code: 'too-big', bytes: MAX_SITE_LIST_BYTES + 1, max: MAX_SITE_LIST_BYTES } });
});

test('import normalises hosts and merges: the file wins, auto removes', async () => {
  const settings = withSiteMode(withSiteMode(DEFAULT_SETTINGS, 'a.org', 'never'), 'keep.org', 'always');
  const parsed = await read(JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites: { 'A.org': 'always', 'keep.org': 'auto', 'new.kz': 'never' } }));
  if (!parsed.ok) throw new Error('expected a valid file');
  expect(mergeSiteList(settings, parsed.value).sites).toEqual({ 'a.org': 'always', 'new.kz': 'never' });
});
