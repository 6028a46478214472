// The keyboard command that toggles the current site. Headless Chromium does not deliver
// extension shortcuts from synthetic key presses (page.keyboard.press('Alt+Shift+L') reaches
// the page, not the browser's shortcut handling), so the test checks that the command is
// registered with its key, then fires it through Chrome's own event object
// (chrome.commands.onCommand.dispatch in the worker): the listener the production worker
// registered runs, with the tab as Chrome would pass it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { highlightedTexts, openSample, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

interface WorkerChrome {
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    onCommand: { dispatch(command: string, tab: { id: number }): void };
  };
}

let env: Env;
let page: Page;
let tabId: number;

function pressToggle(): Promise<void> {
  return env.browser.worker.evaluate((id) => {
    (globalThis as unknown as { chrome: WorkerChrome }).chrome.commands.onCommand.dispatch('toggle-site', { id });
  }, tabId);
}

async function storedSites(): Promise<Record<string, string>> {
  return (await env.browser.settings()).sites;
}

beforeAll(async () => {
  env = await setUp();
  ({ page, tabId } = await openSample(env));
});
afterAll(() => tearDown(env));

test('the command is declared with its default key', async () => {
  const commands = await env.browser.worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-site', shortcut: 'Alt+Shift+L' }));
});

test('the command turns an automatic site off and back to automatic, without a reload', async () => {
  const { terms } = await waitForVerdict(page, 'related');
  await pressToggle();
  await waitForVerdict(page, 'off');
  expect(await highlightedTexts(page)).toEqual([]);
  expect(await storedSites()).toEqual({ '127.0.0.1': 'never' });
  await pressToggle();
  expect((await waitForVerdict(page, 'related')).terms).toBe(terms);
  expect(await storedSites()).toEqual({});
});

test("the command restores a site's previous mode, and the popup shows it", async () => {
  const popup = await env.browser.context.newPage();
  await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByLabel('Always').check();
  await expect.poll(storedSites).toEqual({ '127.0.0.1': 'always' });
  await pressToggle();
  await waitForVerdict(page, 'off');
  // The open popup follows the change made by the command.
  await expect.poll(() => popup.getByLabel('Never').isChecked()).toBe(true);
  await pressToggle();
  await waitForVerdict(page, 'related');
  await expect.poll(storedSites).toEqual({ '127.0.0.1': 'always' });
  await expect.poll(() => popup.getByLabel('Always').isChecked()).toBe(true);
  await popup.close();
});
