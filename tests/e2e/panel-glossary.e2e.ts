// The side panel's glossary in Chromium: browsing by category, searching by pinyin without
// tones, by English and in traditional characters, an entry page with its definition,
// source, related terms, timeline and concordance (which opens the reader at the
// paragraph), and the same views in Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { glossary } from '../../lib/glossary/data';
import { setUp, tearDown, type Env } from './fixtures';

let env: Env;
let panel: Page;

beforeAll(async () => {
  env = await setUp();
  panel = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

const setSettings = (value: Record<string, unknown>) => env.browser.setSettings(value);

async function openGlossary(hash = ''): Promise<void> {
  await panel.goto(env.browser.extensionUrl(`sidepanel.html${hash}`));
  await panel.locator('.panel main').waitFor();
  if (!hash) await panel.getByRole('tab', { name: 'Glossary' }).click();
}

const listed = () => panel.locator('.entry-list li').evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')!));

async function search(text: string): Promise<string[]> {
  await panel.getByLabel('Search the glossary').fill(text);
  return listed();
}

describe('browsing and searching', () => {
  test('lists every term, and a category narrows the list', async () => {
    await openGlossary();
    expect(await panel.locator('.glossary [role="status"]').textContent()).toBe(`${glossary.entries.length} terms`);
    await panel.getByLabel('Category').selectOption('relationship');
    const ids = await listed();
    const relationships = glossary.entries.filter((e) => e.category === 'relationship');
    expect(ids.sort()).toEqual(relationships.map((e) => e.id).sort());
    expect(ids).toContain('comprehensive-strategic-partnership');
    await panel.getByLabel('Category').selectOption('all');
  });

  test('finds by pinyin without tones, or with them', async () => {
    expect((await search('shanghai hezuo zuzhi'))[0]).toBe('sco');
    expect(await search('Shànghǎi')).toEqual(expect.arrayContaining(['sco', 'shanghai-spirit']));
  });

  test('finds by English and by traditional characters', async () => {
    expect((await search('Shanghai Cooperation'))[0]).toBe('sco');
    expect((await search('上海合作組織'))[0]).toBe('sco');
    expect(await search('xqzv')).toEqual([]);
    expect(await panel.locator('.glossary [role="status"]').textContent()).toBe('No term matches.');
  });

  test('finds by Russian and Kazakh, whatever the case and ё/е', async () => {
    expect((await search('ШОС'))[0]).toBe('sco');
    expect((await search('шанхайская организация'))[0]).toBe('sco');
    expect((await search('Шанхай ынтымақтастық'))[0]).toBe('sco');
    expect(await search('ПАРТНЁР по диалогу')).toContain('dialogue-partner');
  });
});

describe('an entry page', () => {
  test('shows pinyin, English with its source, definitions and other forms', async () => {
    await search('shanghai hezuo zuzhi');
    await panel.locator('.entry-list li[data-entry="sco"] a').click();
    const entry = panel.locator('.entry[data-entry="sco"]');
    await entry.waitFor();
    const sco = glossary.entries.find((e) => e.id === 'sco')!;
    expect(await entry.locator('h2').textContent()).toBe('上海合作组织');
    expect(await entry.locator('h2').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await entry.locator('dd.entry-pinyin').textContent()).toBe(sco.pinyin);
    expect(await entry.locator('.english-source').textContent()).toBe(`Source: ${sco.englishSource}`);
    expect(await entry.locator('.definition p[lang="zh-CN"]').textContent()).toBe(sco.definition.zh);
    expect(await entry.locator('.definition p[lang="en"]').textContent()).toBe(sco.definition.en);
    expect(await entry.locator('dl.meta').textContent()).toContain('上海合作組織');
    // Back to the list, the search is still there.
    await panel.getByRole('button', { name: 'All terms' }).click();
    expect(await panel.getByLabel('Search the glossary').inputValue()).toBe('shanghai hezuo zuzhi');
  });

  test('marks an English rendering that is not verified', async () => {
    const unverified = glossary.entries.find((e) => !e.englishVerified && e.occurrences.length > 0)!;
    await openGlossary(`#entry=${unverified.id}`);
    expect(await panel.locator('.english-source').textContent()).toBe('Unverified rendering: not yet confirmed in an official English text.');
  });

  test('follows a relationship formula through time, by related terms and timelines', async () => {
    await openGlossary('#entry=strategic-partnership');
    expect(await panel.locator('.entry-timeline .tl-year').first().getAttribute('data-year')).toBe('2005');
    const related = panel.locator('.related-terms li');
    expect(await related.evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')))).toEqual([
      'comprehensive-strategic-partnership',
      'permanent-comprehensive-strategic-partnership',
    ]);
    expect(await related.first().textContent()).toContain('in the corpus from 2012');
    await related.first().locator('a').click();
    await panel.locator('.entry[data-entry="comprehensive-strategic-partnership"]').waitFor();
    expect(await panel.locator('.entry-timeline .tl-year').first().getAttribute('data-year')).toBe('2012');
    await panel.locator('.related-terms li[data-entry="permanent-comprehensive-strategic-partnership"] a').click();
    await panel.locator('.entry[data-entry="permanent-comprehensive-strategic-partnership"]').waitFor();
    expect(await panel.locator('.entry-timeline .tl-year').first().getAttribute('data-year')).toBe('2023');
  });

  test('its concordance lists every paragraph, the term marked, and opens the reader there', async () => {
    await openGlossary('#entry=cica');
    const cica = glossary.entries.find((e) => e.id === 'cica')!;
    const rows = panel.locator('.concordance li');
    expect(await rows.count()).toBe(cica.occurrences.length);
    expect(await panel.locator('#concordance-heading').textContent()).toBe(`Concordance (${cica.occurrences.length} paragraphs)`);
    for (const marks of await rows.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('mark')].map((m) => m.textContent)))) {
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(['亚信', '亚洲相互协作与信任措施会议', '亚信会议']).toContain(m);
    }
    const { docId, paraId } = cica.occurrences[1]!;
    await panel.locator(`.concordance li[data-doc="${docId}"][data-para="${paraId}"] a`).click();
    const para = panel.locator(`.reader[data-doc="${docId}"] [data-para="${paraId}"]`);
    await para.waitFor();
    expect(await para.getAttribute('aria-current')).toBe('location');
  });
});

describe('in Chinese', () => {
  test('the browser and an entry page follow settings.language', async () => {
    await openGlossary();
    await setSettings({ language: 'zh' });
    await expect.poll(() => panel.getByRole('tab', { selected: true }).textContent()).toBe('术语表');
    expect(await panel.locator('.glossary [role="status"]').textContent()).toBe(`共 ${glossary.entries.length} 个术语`);
    await panel.getByLabel('类别').selectOption('relationship');
    expect(await panel.locator('#glossary-category option:checked').textContent()).toBe('双边关系');
    await panel.getByLabel('搜索术语表').fill('quanmian zhanlue');
    await panel.locator('.entry-list li[data-entry="comprehensive-strategic-partnership"] a').click();
    const entry = panel.locator('.entry');
    await entry.waitFor();
    expect(await entry.locator('#definition-heading').textContent()).toBe('释义');
    expect(await entry.locator('.related-terms li').first().textContent()).toContain('2005年起见于语料库');
    expect(await entry.locator('#concordance-heading').textContent()).toMatch(/^语料库用例（\d+ 段）$/);
    expect(await panel.getByRole('button', { name: '全部术语' }).count()).toBe(1);
    await setSettings({});
    await expect.poll(() => entry.locator('#definition-heading').textContent()).toBe('Definition');
  });
});
