// My terms: a term added in the side panel is highlighted on a page with a card that says
// it is the reader's, and wins over the glossary's entry of the same form; a bad file is
// refused with a message and changes nothing; JSON and CSV exports import back.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE, page } from './pages';
import { highlightedTexts, inCard, locateText, setUp, tearDown, waitForCard, waitForVerdict, type Env } from './fixtures';

const CORRIDOR = page(
  '中哈数字合作 - 测试新闻网',
  `<main><h1>中哈数字合作</h1><p>${ARTICLE}</p><p>双方同意加快建设跨境数据走廊，并在数据走廊框架内开展试点。</p></main>`,
);

let env: Env;
let panel: Page;
beforeAll(async () => {
  env = await setUp({ '/corridor.html': CORRIDOR });
  panel = await env.browser.context.newPage();
  await panel.goto(env.browser.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: 'My terms' }).click();
});
afterAll(() => tearDown(env));

interface Stored {
  term: string;
  variants: string[];
  english: string;
  note: string;
  category: string;
}

/** The stored list, without ids, as the background reads it. */
const stored = (): Promise<Stored[]> =>
  panel.evaluate(async () => {
    const { local } = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage;
    const items = await local.get('userTerms');
    return ((items['userTerms'] ?? []) as (Stored & { id: string })[]).map(({ id: _, ...rest }) => rest);
  });

async function addTerm(term: string, variants: string, english: string, note: string, category: string): Promise<void> {
  await panel.getByLabel('Term', { exact: true }).fill(term);
  await panel.getByLabel('Other forms (separated by commas)').fill(variants);
  await panel.getByLabel('English').fill(english);
  await panel.getByLabel('Note').fill(note);
  await panel.getByLabel('Category').selectOption(category);
  await panel.getByRole('button', { name: 'Add term' }).click();
  await panel.locator(`li[data-term="${term}"]`).waitFor();
}

async function importFile(name: string, mimeType: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([panel.waitForEvent('filechooser'), panel.getByRole('button', { name: 'Import JSON or CSV' }).click()]);
  await chooser.setFiles({ name, mimeType, buffer: Buffer.from(content) });
}

async function exportFile(label: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: label }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

describe('My terms', () => {
  test('a term added in the panel is highlighted on a page, and its card says My term', async () => {
    await addTerm('跨境数据走廊', '数据走廊', 'cross-border data corridor', 'A test term of the reader.', 'project');
    await addTerm('亚信', '', 'My own rendering of CICA', '', 'organization');
    expect(await stored()).toEqual([
      { term: '跨境数据走廊', variants: ['数据走廊'], english: 'cross-border data corridor', note: 'A test term of the reader.', category: 'project' },
      { term: '亚信', variants: [], english: 'My own rendering of CICA', note: '', category: 'organization' },
    ]);

    const tab = await env.browser.context.newPage();
    await tab.goto(env.server.url('/corridor.html'));
    await waitForVerdict(tab, 'related');
    const texts = await highlightedTexts(tab);
    expect(texts).toContain('跨境数据走廊');
    expect(texts).toContain('数据走廊');

    await tab.mouse.move(5, 5);
    const corridor = await locateText(tab, '建设跨境数据走廊', '数据');
    await tab.mouse.move(corridor.x, corridor.y);
    const card = await waitForCard(tab);
    expect(card.text).toContain('My term');
    expect(card.text).toContain('cross-border data corridor');
    expect(card.text).toContain('A test term of the reader.');
    // The reader's term has no glossary page: no link to one.
    expect(await inCard(tab, `card.querySelectorAll('.entry-link').length`)).toBe(0);

    // The reader's 亚信 wins over the glossary's.
    await tab.mouse.move(5, 5);
    await waitForCard(tab, false);
    const cica = await locateText(tab, '亚信框架', '亚信');
    await tab.mouse.move(cica.x, cica.y);
    const mine = await waitForCard(tab);
    expect(mine.text).toContain('My term');
    expect(mine.text).toContain('My own rendering of CICA');
    expect(mine.text).not.toContain('Conference on Interaction');
    await tab.close();
  });

  test('a bad file is refused with a clear message and nothing changes', async () => {
    await panel.bringToFront();
    const before = await stored();
    const badCategory = JSON.stringify({
      format: 'treaty-lens-my-terms',
      version: 1,
      terms: [
        { term: '新术语', variants: [], english: 'new', note: '', category: 'project' },
        { term: '坏术语', variants: [], english: 'bad', note: '', category: 'weather' },
      ],
    });
    await importFile('bad.json', 'application/json', badCategory);
    await expect.poll(() => panel.getByRole('alert').last().textContent()).toMatch(/^Term 2 of the file is not valid \(category: .+\)\. Nothing was imported\.$/);
    expect(await stored()).toEqual(before);

    await importFile('words.json', 'application/json', JSON.stringify({ format: 'treaty-lens-word-list', version: 1, words: [] }));
    await expect.poll(() => panel.getByRole('alert').last().textContent()).toBe('This JSON file is not a Treaty Lens My terms file. Nothing was imported.');
    await importFile('bad.csv', 'text/csv', 'word,english\n新术语,new\n');
    await expect.poll(() => panel.getByRole('alert').last().textContent()).toBe("The CSV file's first row must be: term,variants,english,note,category. Nothing was imported.");
    expect(await stored()).toEqual(before);
  });

  test('exports as JSON and CSV, and both import back (merged by form)', async () => {
    const before = await stored();
    const json = await exportFile('Export JSON');
    const csv = await exportFile('Export CSV');
    expect(json.name).toMatch(/^treaty-lens-my-terms-\d{4}-\d{2}-\d{2}\.json$/);
    expect(csv.name).toMatch(/^treaty-lens-my-terms-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.split(/\r\n/)[0]).toBe('\ufeffterm,variants,english,note,category');

    for (const term of ['跨境数据走廊', '亚信']) await panel.locator(`li[data-term="${term}"]`).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(stored).toEqual([]);

    await importFile(json.name, 'application/json', json.text);
    await expect.poll(() => panel.getByRole('status').last().textContent()).toBe('Imported: 2 added, 0 replaced.');
    expect(await stored()).toEqual(before);

    await importFile(csv.name, 'text/csv', csv.text);
    await expect.poll(() => panel.getByRole('status').last().textContent()).toBe('Imported: 0 added, 2 replaced.');
    expect(await stored()).toEqual(before);
  });
});
