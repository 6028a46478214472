// The extension's own pages start from the reader's default text size, not from Chrome's
// body { font-size: 75% } for extension pages: 16 px by default, or what the browser is set
// to. The side panel's text size is an option, applied live.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension } from '../../scripts/harness/browser';
import { openSample, setUp, tearDown, type Env } from './fixtures';

const DOC = '2014-05-19-cn-kz-joint-declaration';

let env: Env;
let tabId: number;

beforeAll(async () => {
  env = await setUp();
  ({ tabId } = await openSample(env));
});
afterAll(() => tearDown(env));

/** The used font sizes, in px, of <html>, <body> and the first element matching `selector`. */
function sizes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
    return [px(document.documentElement), px(document.body), px(document.querySelector(sel))];
  }, selector);
}

async function open(path: string, ready: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.browser.extensionUrl(path));
  await page.locator(ready).first().waitFor();
  return page;
}

describe("the reader's default size, 16 px", () => {
  test('the popup, the options page and the compare page', async () => {
    const popup = await open(`popup.html?tab=${tabId}`, '.popup .status');
    expect(await sizes(popup, '.popup .status')).toEqual([16, 16, 16]);
    const options = await open('options.html', '.options h2');
    expect(await sizes(options, '.options section p')).toEqual([16, 16, 16]);
    const compare = await open('compare.html#compare=', '.compare-tab');
    expect((await sizes(compare, '.compare-tab')).slice(0, 2)).toEqual([16, 16]);
    await Promise.all([popup.close(), options.close(), compare.close()]);
  });

  test('every view of the side panel, Chinese text included', async () => {
    const panel = await open(`sidepanel.html?tab=${tabId}`, '.found-term');
    expect(await sizes(panel, '.found-term [lang="zh-CN"]')).toEqual([16, 16, 16]);
    for (const [tab, selector] of [
      ['Glossary', '.entry-list .entry-term'],
      ['Dictionary', '#dict-input'],
      ['Timeline', '.tl-item'],
      ['Documents', '.doc-link'],
      ['My pages', '[role="tabpanel"] p'],
    ] as const) {
      await panel.getByRole('tab', { name: tab }).click();
      await panel.locator(selector).first().waitFor();
      expect(await sizes(panel, selector), tab).toEqual([16, 16, 16]);
    }
    await panel.goto(env.browser.extensionUrl(`sidepanel.html#doc=${DOC}`));
    await panel.locator('.para').first().waitFor();
    expect(await sizes(panel, '.para')).toEqual([16, 16, 16]);
    await panel.close();
  });
});

describe('the text-size option', () => {
  test('is chosen in the options, stored, and applied to an open panel at once', async () => {
    const panel = await open(`sidepanel.html#doc=${DOC}`, '.para');
    const options = await open('options.html', '.options h2');
    const group = options.getByRole('group', { name: 'Text size in the side panel' });
    expect(await group.getByLabel('The browser’s size').isChecked()).toBe(true);
    await group.getByLabel('Larger').check();
    await expect.poll(() => sizes(panel, '.para')).toEqual([20, 20, 20]);
    expect((await env.browser.settings()).panelTextSize).toBe('larger');
    await group.getByLabel('Small').check();
    await expect.poll(() => sizes(panel, '.para')).toEqual([14, 14, 14]);
    // The panel's alone: the options page keeps the reader's size.
    expect((await sizes(options, '.options section p'))[1]).toBe(16);
    await group.getByLabel('The browser’s size').check();
    await expect.poll(() => sizes(panel, '.para')).toEqual([16, 16, 16]);
    await Promise.all([panel.close(), options.close()]);
  });
});

test("a browser set to 20 px gives the extension's pages 20 px", async () => {
  const profile = mkdtempSync(join(tmpdir(), 'treaty-lens-font-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: 20 } } }));
  const browser = await launchWithExtension({ profile });
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    await page.locator('.options h2').first().waitFor();
    expect(await sizes(page, '.options section p')).toEqual([20, 20, 20]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
