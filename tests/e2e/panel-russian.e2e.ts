// The side panel in the Russian interface (issue 15): the views' labels in Russian, a
// glossary entry with its Russian and Kazakh renderings and their sources, the Russian
// definition before the English, and the automatic choice following a Russian browser.
import type { Page } from 'playwright-core';
import { glossary } from '../../lib/glossary/data';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setUp, tearDown, type Env } from './fixtures';

let env: Env;
let panel: Page;

beforeAll(async () => {
  env = await setUp();
  panel = await env.browser.context.newPage();
  await env.browser.setSettings({ language: 'ru' });
});
afterAll(() => tearDown(env));

async function open(hash = ''): Promise<void> {
  await panel.goto(env.browser.extensionUrl(`sidepanel.html${hash}`));
  await panel.locator('.panel main').waitFor();
}

test('the views are named in Russian and the page says it is Russian', async () => {
  await open();
  const tabs = await panel.getByRole('tab').allTextContents();
  expect(tabs).toEqual(expect.arrayContaining(['Эта страница', 'Глоссарий', 'Хронология', 'Мои страницы']));
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('ru');
});

test('an entry shows its Russian and Kazakh renderings with their sources, and the Russian definition first after the Chinese', async () => {
  await open('#entry=sco');
  const entry = panel.locator('article.entry');
  await entry.waitFor();
  const meta = await entry.locator('dl.meta').innerText();
  expect(meta).toContain('Русский');
  expect(meta).toContain('Шанхайская организация сотрудничества (ШОС)');
  expect(meta).toContain('Источник: SCO Business Council site');
  expect(meta).toContain('Казахский');
  expect(meta).toContain('Шанхай ынтымақтастық ұйымы');
  const langs = await entry.locator('.definition p').evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')));
  expect(langs).toEqual(['zh-CN', 'ru', 'en']);
});

test('an unsourced Russian rendering says so in Russian', async () => {
  const unsourced = glossary.entries.find((e) => e.ru && !e.ruVerified)!;
  await open(`#entry=${unsourced.id}`);
  const dd = panel.locator('dl.meta .ru-source');
  expect(await dd.textContent()).toContain('Непроверенный перевод');
});

test('the glossary finds a term typed in Russian, and counts in Russian', async () => {
  await open();
  await panel.getByRole('tab', { name: 'Глоссарий' }).click();
  await panel.getByLabel('Поиск по глоссарию').fill('шанхайская организация');
  const first = await panel.locator('.entry-list li').first().getAttribute('data-entry');
  expect(first).toBe('sco');
  expect(await panel.locator('.glossary [role="status"]').textContent()).toMatch(/^\d+ термин(а|ов)?$/);
});
