// The dictionary in the side panel: CC-CEDICT loaded by the worker on the first lookup
// only; looking up characters, pinyin and English; saving to the word list, tagging,
// sorting, deleting; exporting CSV, Anki and JSON; importing the JSON back, and refusing
// a bad file without changing anything. The speaker shows only with a Mandarin voice.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSample, setUp, tearDown, type Env } from './fixtures';
import { storedWords as readStoredWords } from '../../scripts/harness/page-probes';

let env: Env;
let panel: Page;
let exportedJson: string;

beforeAll(async () => {
  env = await setUp();
  panel = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

/** The dictionary files the worker has fetched, in order. */
const dictionaryFiles = () =>
  env.browser.worker.evaluate(() => performance.getEntriesByName('treaty-lens:dictionary-file').map((e) => String((e as unknown as { detail?: { name?: unknown } }).detail?.name)));

/** The word list as stored in the panel's IndexedDB. */
const storedWords = () => readStoredWords(panel);

async function lookUp(query: string): Promise<void> {
  await panel.getByLabel('Look up a word').fill(query);
}

async function importFile(name: string, content: string): Promise<void> {
  await panel.getByLabel('Import JSON…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function download(button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('looking up', () => {
  test('the worker reads the dictionary on the first lookup, only the shards it needs, and not for an annotated page', async () => {
    await openSample(env);
    expect(await dictionaryFiles()).toEqual([]);
    await panel.goto(env.browser.extensionUrl('sidepanel.html'));
    await panel.getByRole('tab', { name: 'Dictionary' }).click();
    expect(await dictionaryFiles()).toEqual([]);
    await lookUp('斡旋');
    const word = panel.locator('article.dict-word[data-word="斡旋"]');
    await word.waitFor({ timeout: 20_000 });
    expect(await word.locator('.dict-pinyin').allTextContents()).toEqual(['wò xuán']);
    expect(await word.locator('.dict-senses li').allTextContents()).toEqual(['to mediate (a conflict etc)']);
    // A two-character word has its characters.
    expect(await word.locator('.dict-chars dt').allTextContents()).toEqual(['斡', '旋']);
    const files = await dictionaryFiles();
    expect(files[0]).toBe('index.br');
    // The index, the word's shard and its characters', not all 64 files.
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThan(8);
  });

  test('traditional characters, all readings, classifiers', async () => {
    await lookUp('睦鄰');
    const word = panel.locator('article.dict-word[data-word="睦鄰"]');
    await word.waitFor();
    expect(await word.textContent()).toContain('睦鄰');
    expect(await word.locator('.dict-pinyin').allTextContents()).toEqual(['mù lín']);
    await lookUp('行');
    await expect.poll(() => panel.locator('article.dict-word[data-word="行"] .dict-pinyin').allTextContents()).toEqual(expect.arrayContaining(['háng', 'xíng']));
    await lookUp('汽车');
    await expect.poll(() => panel.locator('article.dict-word[data-word="汽车"]').textContent()).toMatch(/Classifiers: 辆（輛） liàng/);
  });

  test('a sentence: its glossary terms link to their entries, its words follow', async () => {
    await lookUp('双方恪守承诺，支持亚信。');
    const term = panel.locator('.dict-glossary a', { hasText: '亚信' });
    await term.waitFor();
    expect(await term.getAttribute('href')).toBe('#entry=cica');
    expect(await panel.locator('article.dict-word').evaluateAll((els) => els.map((e) => e.getAttribute('data-word')))).toEqual(expect.arrayContaining(['双方', '恪守', '承诺', '支持']));
  });

  test('a Russian or Kazakh name finds its glossary entry and the dictionary word of its term', async () => {
    await lookUp('Шанхайская организация');
    const term = panel.locator('.dict-glossary a', { hasText: '上海合作组织' });
    await term.waitFor();
    expect(await term.getAttribute('href')).toBe('#entry=sco');
    await lookUp('Қазақстан');
    await panel.locator('.dict-glossary a', { hasText: '哈萨克斯坦' }).first().waitFor();
  });

  test('pinyin with or without tones, and English', async () => {
    await lookUp('cuoshang');
    await panel.locator('article.dict-word[data-word="磋商"]').waitFor();
    await lookUp('kè shǒu');
    await panel.locator('article.dict-word[data-word="恪守"]').waitFor();
    await lookUp('to mediate');
    await panel.locator('article.dict-word[data-word="斡旋"]').waitFor();
    await lookUp('qwxz');
    await expect.poll(() => panel.locator('.dict-results').textContent()).toBe('Nothing found.');
  });

  test('the speaker button is there exactly when the browser has a local Mandarin voice', async () => {
    await lookUp('斡旋');
    await panel.locator('article.dict-word[data-word="斡旋"]').waitFor();
    const hasVoice = await panel.evaluate(() => speechSynthesis.getVoices().some((v) => v.localService && /^(zh|cmn)/i.test(v.lang) && !/HK/i.test(v.lang)));
    expect(await panel.getByRole('button', { name: 'Say 斡旋' }).count()).toBe(hasVoice ? 1 : 0);
  });

  test('with a Mandarin voice, the speaker reads the word in that voice', async () => {
    // Headless Chromium has no voices: this page gets one local zh-CN voice, and speak()
    // records what it is asked to read instead of reading it.
    const page = await env.browser.context.newPage();
    await page.addInitScript(() => {
      const voice = { name: 'Test Mandarin', lang: 'zh-CN', localService: true, default: false, voiceURI: 'test-zh' };
      const spoken: { text: string; lang: string; voice: string }[] = [];
      Object.assign(globalThis, { spokenForTest: spoken });
      Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
        configurable: true,
        get(this: { testVoice?: unknown }) {
          return this.testVoice ?? null;
        },
        set(this: { testVoice?: unknown }, v: unknown) {
          this.testVoice = v;
        },
      });
      speechSynthesis.getVoices = () => [voice];
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as { name?: string } | null)?.name ?? '' });
      };
    });
    await page.goto(env.browser.extensionUrl('sidepanel.html'));
    await page.getByRole('tab', { name: 'Dictionary' }).click();
    await page.getByLabel('Look up a word').fill('斡旋');
    await page.getByRole('button', { name: 'Say 斡旋' }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { spokenForTest: unknown[] }).spokenForTest)).toEqual([{ text: '斡旋', lang: 'zh-CN', voice: 'Test Mandarin' }]);
    await page.close();
  });
});

describe('the word list', () => {
  test('Save stores the word with the sentence it was looked up in', async () => {
    await lookUp('双方恪守承诺');
    await panel.getByRole('button', { name: 'Save 恪守 to the word list' }).click();
    await panel.locator('.words li[data-word="恪守"]').waitFor();
    expect(await panel.getByRole('button', { name: 'Saved: 恪守 is in the word list' }).textContent()).toBe('Saved');
    await lookUp('斡旋');
    await panel.getByRole('button', { name: 'Save 斡旋 to the word list' }).click();
    await panel.locator('.words li[data-word="斡旋"]').waitFor();
    const stored = await storedWords();
    expect(stored.map((w) => [w.word, w.sentence]).sort()).toEqual([
      ['恪守', '双方恪守承诺'],
      ['斡旋', ''],
    ]);
  });

  test('tags are stored; search and sort order the list', async () => {
    await panel.getByLabel('Tags of 恪守 (separated by commas)').fill('外交, HSK6');
    await panel.getByLabel('Tags of 恪守 (separated by commas)').press('Enter');
    await expect.poll(async () => (await storedWords()).find((w) => w.word === '恪守')?.tags).toEqual(['外交', 'HSK6']);
    const order = () => panel.locator('.words li').evaluateAll((els) => els.map((e) => e.getAttribute('data-word')));
    expect(await order()).toEqual(['斡旋', '恪守']); // newest first
    await panel.getByLabel('Sort').selectOption('term');
    expect(await order()).toEqual(['恪守', '斡旋']); // kè before wò
    await panel.getByLabel('Search the word list').fill('外交');
    expect(await order()).toEqual(['恪守']);
    await panel.getByLabel('Search the word list').fill('');
  });

  test('exports: CSV, Anki notes with the word marked, JSON', async () => {
    const csv = await download('Export CSV');
    expect(csv.name).toMatch(/^treaty-lens-words-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('word,pinyin,english,sentence,title,url,savedAt,tags');
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.startsWith('恪守,'))).toMatch(/^恪守,kè shǒu,.+,双方恪守承诺,Looked up in the side panel,,\d{4}-.+,"外交, HSK6"$/);

    const anki = await download('Export for Anki');
    const note = anki.text.split('\n').find((l) => l.startsWith('恪守\t'));
    expect(note?.split('\t')[1]).toMatch(/^kè shǒu<br>.+<br>双方<b>恪守<\/b>承诺<br>Looked up in the side panel$/);

    const json = await download('Export JSON');
    expect(json.name).toMatch(/\.json$/);
    const file = JSON.parse(json.text) as { format: string; words: { word: string }[] };
    expect(file.format).toBe('treaty-lens-word-list');
    expect(file.words.map((w) => w.word).sort()).toEqual(['恪守', '斡旋']);
    exportedJson = json.text;
  });

  test('delete removes a word; importing the JSON brings it back and skips the other', async () => {
    await panel.getByRole('button', { name: 'Delete 斡旋 from the word list' }).click();
    await panel.locator('.words li[data-word="斡旋"]').waitFor({ state: 'detached' });
    expect((await storedWords()).map((w) => w.word)).toEqual(['恪守']);
    await importFile('words.json', exportedJson);
    await expect.poll(() => panel.locator('.word-list .transfer-status').textContent()).toBe('Imported 1 word; skipped 1 already in the list.');
    expect((await storedWords()).map((w) => w.word).sort()).toEqual(['恪守', '斡旋']);
    await panel.locator('.words li[data-word="斡旋"]').waitFor();
  });

  test('a card saves through the background (save-word): stored in the same list, a malformed word refused', async () => {
    const send = (message: unknown) =>
      panel.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
    const word = { word: '磋商', pinyin: 'cuō shāng', english: 'to consult', sentence: '双方进行了友好磋商。', title: '新闻', url: 'https://news.example/a.html' };
    expect(await send({ type: 'save-word', word })).toEqual({ ok: true, id: JSON.stringify(['磋商', '双方进行了友好磋商。', 'https://news.example/a.html']) });
    expect(await send({ type: 'save-word', word: { ...word, word: '恶意', url: 'javascript:alert(1)' } })).toBeUndefined();
    const stored = await storedWords();
    expect(stored.find((w) => w.word === '磋商')).toMatchObject({ sentence: '双方进行了友好磋商。', tags: [] });
    expect(stored.some((w) => w.word === '恶意')).toBe(false);
    // The panel reads the list when it opens.
    await panel.reload();
    await panel.getByRole('tab', { name: 'Dictionary' }).click();
    await panel.locator('.words li[data-word="磋商"]').waitFor();
  });

  test('a bad file is refused with what is wrong, and nothing changes', async () => {
    const before = await storedWords();
    await importFile('broken.json', '{"format": "treaty-lens-word-list", "words": [');
    await expect.poll(() => panel.locator('.word-list [role="alert"]').textContent()).toBe('This file is not JSON: nothing was imported.');
    const file = JSON.parse(exportedJson) as { words: Record<string, unknown>[] };
    const good = { ...file.words[0]!, word: '承诺', sentence: '信守承诺' };
    const bad = { ...file.words[0]!, word: '支持', savedAt: 'last week' };
    await importFile('mixed.json', JSON.stringify({ ...file, words: [good, bad] }));
    await expect.poll(() => panel.locator('.word-list [role="alert"]').textContent()).toMatch(/^Word 2 of the file is not valid \(savedAt: .+\): nothing was imported\.$/);
    await importFile('sites.json', JSON.stringify({ format: 'treaty-lens/site-list', sites: [] }));
    await expect.poll(() => panel.locator('.word-list [role="alert"]').textContent()).toBe('This file is not a Treaty Lens word list: nothing was imported.');
    expect(await storedWords()).toEqual(before);
    expect(await panel.locator('.words li').count()).toBe(3);
  });
});
