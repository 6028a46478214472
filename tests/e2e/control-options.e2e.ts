// The options page's site list: see, change, remove and add sites; export the list and
// import it back; a bad file is refused with a message and changes nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { settingsItems } from '../../lib/settings/layout';
import { openSample, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

let env: Env;
let options: Page;
let page: Page;

async function storedSites(): Promise<Record<string, string>> {
  return (await env.browser.settings()).sites;
}

/** Chooses a file through the import button, as a person would. */
async function importText(text: string): Promise<void> {
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import a list…' }).click()]);
  await chooser.setFiles({ name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

beforeAll(async () => {
  env = await setUp();
  ({ page } = await openSample(env));
  options = await env.browser.context.newPage();
  await options.goto(env.browser.extensionUrl('options.html'));
});
afterAll(() => tearDown(env));

test('sites are added (from a host or an address), changed and removed', async () => {
  await options.getByText('No site has its own mode').waitFor();
  const input = options.getByLabel('Add a site');
  await input.fill('not a host');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  expect(await options.getByRole('alert').filter({ hasText: 'is not a host name' }).count()).toBe(1);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  await input.fill('https://WWW.FMPRC.gov.cn/web/zyxw/');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(storedSites).toEqual({ 'www.fmprc.gov.cn': 'never' });
  expect(await options.getByRole('rowheader', { name: 'www.fmprc.gov.cn' }).count()).toBe(1);
  await options.getByLabel('Mode on www.fmprc.gov.cn').selectOption('always');
  await expect.poll(storedSites).toEqual({ 'www.fmprc.gov.cn': 'always' });
  // The open tab's host, set to never from the options: the page goes off.
  await input.fill('127.0.0.1');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await waitForVerdict(page, 'off');
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await waitForVerdict(page, 'related');
  await expect.poll(storedSites).toEqual({ 'www.fmprc.gov.cn': 'always' });
});

test('the list exports as JSON and a file imports into it', async () => {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export the list' }).click()]);
  expect(download.suggestedFilename()).toBe('treaty-lens-sites.json');
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))) as Record<string, unknown>;
  expect(exported).toEqual({ format: 'treaty-lens-sites', version: 1, sites: { 'www.fmprc.gov.cn': 'always' } });
  await importText(JSON.stringify({ ...exported, sites: { 'www.fmprc.gov.cn': 'never', 'Kazinform.KZ': 'always' } }));
  await options.getByRole('status').filter({ hasText: 'Imported 2 sites' }).waitFor();
  await expect.poll(storedSites).toEqual({ 'www.fmprc.gov.cn': 'never', 'kazinform.kz': 'always' });
});

test('a bad file is refused with a message naming the problem, and nothing changes', async () => {
  const before = await storedSites();
  const cases: [string, RegExp][] = [
    ['{ oops', /not JSON/],
    ['{"sites": {"a.org": "never"}}', /not a Treaty Lens site list/],
    [JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites: { 'a.org': 'sometimes' } }), /gives a\.org the mode “sometimes”/],
    [JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites: { 'not a host': 'never' } }), /“not a host”, which is not a host name/],
  ];
  for (const [text, message] of cases) {
    await importText(text);
    await expect.poll(() => options.getByRole('alert').last().textContent(), { message: text }).toMatch(message);
  }
  expect(await storedSites()).toEqual(before);
});

test('a list too large for synced storage is refused by the browser: the page says so and shows the saved list', async () => {
  const before = await storedSites();
  // storage.sync holds at most 512 items, one per site: 600 sites do not fit.
  const sites = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`news-site-number-${i}.example.org`, 'always']));
  await importText(JSON.stringify({ format: 'treaty-lens-sites', version: 1, sites }));
  await options.getByRole('alert').filter({ hasText: 'outgrow the browser’s synced storage' }).waitFor();
  expect(await options.getByRole('status').textContent()).toBe('');
  await expect.poll(() => options.getByRole('rowheader').count()).toBe(Object.keys(before).length);
  expect(await storedSites()).toEqual(before);
});

test('a host the browser has no room for stays in its field, beside the message', async () => {
  const settings = await env.browser.settings();
  const maxItems = await env.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { MAX_ITEMS: number } } } }).chrome.storage.sync.MAX_ITEMS);
  // Fill storage.sync to its last item: one per setting, one per site.
  const sites = { ...settings.sites };
  for (let i = 0; Object.keys(settingsItems({ ...settings, sites })).length < maxItems; i++) sites[`s${i}.example.org`] = 'always';
  await env.browser.setSettings({ ...settings, sites });
  await expect.poll(() => options.getByRole('rowheader').count()).toBe(Object.keys(sites).length);
  const host = 'one-more.example.org';
  await options.getByLabel('Add a site').fill(host);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await options.getByRole('alert').filter({ hasText: 'outgrow the browser’s synced storage' }).waitFor();
  await expect.poll(() => options.getByLabel('Add a site').inputValue()).toBe(host);
  expect(await storedSites()).toEqual(sites);
  // The row shown at once goes again when the saved list is read back.
  await expect.poll(() => options.getByRole('rowheader', { name: host }).count()).toBe(0);
});
