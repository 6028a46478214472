// The keyboard shortcuts, listed from one module in the popup and the options page, with
// the command's keys as the browser reports them (the reader may rebind it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSample, setUp, tearDown, type Env } from './fixtures';

let env: Env;
let tabId: number;

beforeAll(async () => {
  env = await setUp();
  ({ tabId } = await openSample(env));
});
afterAll(() => tearDown(env));

const LISTED = [
  ['Alt+Shift+L', 'Turn the current site off, and back to its previous mode'],
  ['Alt+Shift+K', 'Look up the selected text, on any page'],
  ['Alt+Shift+↓', 'Step to the next highlighted term'],
  ['Alt+Shift+↑', 'Step to the previous highlighted term'],
  ['Enter', 'Open the card of the term stepped to, or of the selected text'],
  ['Esc', 'Close the card; focus returns to where it was'],
  ['Shift', 'Hold while pointing at any word to look it up (the options choose the key; in the hold-a-key mode every card waits for it)'],
];

/** Each listed shortcut as [keys, what it does], once the browser's keys are in. */
function listed(page: Page): Promise<string[][]> {
  return page.locator('.shortcuts > div').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]));
}

/** Runs in the page before its scripts: chrome.commands.getAll() answers this keys for the command. */
function commandBoundTo(shortcut: string): [(keys: string) => void, string] {
  return [
    (keys) => {
      const c = (globalThis as unknown as { chrome: { commands: { getAll: () => Promise<unknown[]> } } }).chrome;
      c.commands.getAll = () => Promise.resolve([{ name: 'toggle-site', shortcut: keys, description: '' }]);
    },
    shortcut,
  ];
}

async function open(path: string, init?: [(arg: string) => void, string]): Promise<Page> {
  const page = await env.browser.context.newPage();
  if (init) await page.addInitScript(...init);
  await page.goto(env.browser.extensionUrl(path));
  await page.locator('.shortcuts dt').first().waitFor({ state: 'attached' });
  return page;
}

test('the popup lists every shortcut', async () => {
  const popup = await open(`popup.html?tab=${tabId}`);
  const box = popup.locator('details.shortcuts-box');
  await box.getByText('Keyboard shortcuts').click();
  expect(await box.locator('.shortcuts').isVisible()).toBe(true);
  expect(await listed(popup)).toEqual(LISTED);
  expect(await popup.locator('.shortcuts kbd').first().textContent()).toBe('Alt');
  await popup.close();
});

test('the options page lists the same, under its heading', async () => {
  const options = await open('options.html');
  const section = options.getByRole('region', { name: 'Keyboard shortcuts' });
  expect(await section.locator('.shortcuts').count()).toBe(1);
  expect(await listed(options)).toEqual(LISTED);
  await options.close();
});

test('a rebound or cleared command shows the keys the browser reports', async () => {
  // What chrome.commands.getAll() answers once the reader has changed the key in chrome://extensions/shortcuts.
  const rebound = await open('options.html', commandBoundTo('Ctrl+Shift+Y'));
  await expect.poll(async () => (await listed(rebound))[0]).toEqual(['Ctrl+Shift+Y', LISTED[0]![1]]);
  const cleared = await open('options.html', commandBoundTo(''));
  await expect.poll(async () => (await listed(cleared))[0]).toEqual(['not set', LISTED[0]![1]]);
  await Promise.all([rebound.close(), cleared.close()]);
});

test('the hold key listed is the lookup key the options chose', async () => {
  const options = await open('options.html');
  const hold = () => options.locator('[data-shortcut="hold"] dt').textContent();
  expect(await hold()).toBe('Shift');
  await options.getByRole('radio', { name: 'Alt', exact: true }).check();
  await expect.poll(hold).toBe('Alt');
  await options.getByRole('radio', { name: 'Shift', exact: true }).check();
  await expect.poll(hold).toBe('Shift');
  await options.close();
});
