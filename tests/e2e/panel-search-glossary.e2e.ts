// Corpus search in the side panel for what the texts do not contain: English, pinyin with
// or without tones and spaces, traditional characters, British and older spellings go
// through the glossary, and the panel says so. And the panel speaks to readers: none of
// the engineers' words (BM25, jieba, …) in any view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpus, openSample, setUp, tearDown, type Env } from './fixtures';

let env: Env;
let panel: Page;
let tabId: number;

beforeAll(async () => {
  env = await setUp();
  ({ tabId } = await openSample(env));
  panel = await env.browser.context.newPage();
  await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await panel.locator('.panel main').waitFor();
});
afterAll(() => tearDown(env));

const status = () => panel.locator('.results [role="status"]');
const results = () => panel.locator('li.result');

/** The text of each result's paragraph (or title), from the corpus. */
async function resultTexts(): Promise<string[]> {
  const refs = await results().evaluateAll((els) => els.map((el) => [el.getAttribute('data-doc')!, el.getAttribute('data-para')!]));
  return refs.map(([docId, paraId]) => {
    const doc = corpus.documents.find((d) => d.id === docId)!;
    return paraId ? doc.paragraphs.find((p) => p.id === paraId)!.text : doc.title;
  });
}

async function search(query: string): Promise<void> {
  await panel.getByLabel('Search the corpus').fill(query);
  await results().first().waitFor();
}

describe('through the glossary', () => {
  test.each([
    ['CICA', '亚信'],
    ['Astana', '阿斯塔纳'],
    ['sangu shili', '三股势力'],
    ['sāngǔ shìlì', '三股势力'],
    ['亞信', '亚信'],
    ['Shanghai Cooperation Organisation', '上海合作组织'],
    ['Kazakstan', '哈萨克斯坦'],
  ])('“%s” shows the documents with %s, and says so', async (query, term) => {
    await search(query);
    await expect.poll(() => status().textContent()).toMatch(new RegExp(`^No text matches “${query}”; showing documents with the glossary term ${term}\\. \\d+ results`));
    expect(await status().getByRole('link', { name: term }).count()).toBe(1);
    const texts = await resultTexts();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain(term);
  });

  test('the glossary term links to its entry', async () => {
    await search('CICA');
    await status().getByRole('link', { name: '亚信' }).click();
    await panel.locator('.entry[data-entry="cica"]').waitFor();
  });

  test('Chinese the texts contain is searched as typed, without the note', async () => {
    await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await search('亚信');
    expect(await status().textContent()).toMatch(/^\d+ results/);
  });
});

test('no view of the panel uses engineers’ words', async () => {
  const JARGON = /BM25|jieba|MiniSearch|segment|tokeni[sz]|bundled|IndexedDB|regex|TF-IDF/i;
  await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await panel.locator('.related-docs').waitFor();
  const seen: string[] = [];
  const look = async (where: string) => {
    // Text on screen, and the names and descriptions read out.
    const text = await panel.evaluate(() =>
      [document.body.innerText, ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('placeholder') ?? ''}`)].join('\n'),
    );
    seen.push(where);
    expect(text, where).not.toMatch(JARGON);
  };
  await look('This page');
  for (const tab of ['Glossary', 'Dictionary', 'Timeline', 'Documents', 'My pages']) {
    await panel.getByRole('tab', { name: tab }).click();
    await look(tab);
  }
  await panel.goto(env.browser.extensionUrl('sidepanel.html#doc=2014-05-19-cn-kz-joint-declaration'));
  await panel.locator('.para').first().waitFor();
  await look('reader');
  await panel.goto(env.browser.extensionUrl('sidepanel.html#entry=cica'));
  await panel.locator('.entry').waitFor();
  await look('entry');
  expect(seen).toHaveLength(8);
});
