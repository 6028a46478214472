// The popup and the options page in both UI languages and in the chosen theme, following
// the settings while open.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSample, setUp, tearDown, type Env } from './fixtures';

let env: Env;
let popup: Page;
let options: Page;

/** Changes stored settings fields from the worker, as another screen would. */
async function storeSettings(fields: Record<string, unknown>): Promise<void> {
  await env.browser.setSettings({ ...(await env.browser.settings()), ...fields });
}

beforeAll(async () => {
  env = await setUp();
  const { tabId } = await openSample(env);
  popup = await env.browser.context.newPage();
  await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
  options = await env.browser.context.newPage();
  await options.goto(env.browser.extensionUrl('options.html'));
});
afterAll(() => tearDown(env));

describe('in Chinese, then in English', () => {
  test('the popup', async () => {
    await storeSettings({ language: 'zh' });
    await popup.getByLabel('全局开启').waitFor();
    for (const label of ['自动', '始终', '从不']) expect(await popup.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await popup.getByRole('button', { name: '打开侧边栏' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: '设置' }).count()).toBe(1);
    expect(await popup.getByTestId('page-status').textContent()).toMatch(/^相关外交文本 · \d+ 个术语$/);
    expect(await popup.getByRole('group', { name: '在 127.0.0.1 上' }).count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await storeSettings({ language: 'en' });
    await popup.getByLabel('On everywhere').waitFor();
    expect(await popup.getByLabel('Automatic', { exact: true }).isChecked()).toBe(true);
    expect(await popup.getByTestId('page-status').textContent()).toMatch(/^Related diplomatic text · \d+ terms$/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('the options page', async () => {
    await storeSettings({ language: 'zh' });
    await options.getByRole('heading', { name: 'Treaty Lens 设置' }).waitFor();
    expect(await options.title()).toBe('Treaty Lens 设置');
    expect(await options.getByRole('group', { name: '显示的类别' }).getByRole('checkbox').count()).toBe(10);
    for (const label of ['地名', '人物', '人文', '拼音', '释义', '仅下划线', '深色', '全局开启']) expect(await options.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await options.getByRole('button', { name: '导出列表' }).count()).toBe(1);
    // The language choice is named in each language itself.
    expect(await options.getByLabel('中文').isChecked()).toBe(true);
    await options.getByLabel('English').check();
    await options.getByRole('heading', { name: 'Treaty Lens options' }).waitFor();
    expect(await options.getByRole('group', { name: 'Categories shown' }).getByRole('checkbox').count()).toBe(10);
    for (const label of ['Place', 'Person', 'Culture', 'Pinyin', 'Definition', 'Underline only', 'Dark', 'On everywhere']) expect(await options.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect((await env.browser.settings())?.['language']).toBe('en');
  });
});

describe('the theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('dark and light override the system; automatic follows it', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByLabel('Dark', { exact: true }).check();
    await expect.poll(() => background(popup)).toBe('rgb(27, 32, 38)');
    expect(await background(options)).toBe('rgb(27, 32, 38)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await options.getByLabel('Light', { exact: true }).check();
    await expect.poll(() => background(popup)).toBe('rgb(255, 255, 255)');
    await options.getByLabel('Automatic (the system’s)').check();
    await expect.poll(() => background(popup)).toBe('rgb(27, 32, 38)');
    expect(await background(options)).toBe('rgb(255, 255, 255)');
  });
});
