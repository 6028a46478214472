// Looking up any word on the page (issue 18) and the hold-a-key mode (issue 12): with the
// lookup key held, the word under the pointer gets a dictionary card; without it nothing;
// Save keeps the word with its sentence in the word list; a selection is looked up on any
// page by the command or the context menu, even where Treaty Lens annotates nothing; in
// the hold-a-key mode glossary cards wait for the key.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { openCard, storedWords as readStoredWords, type StoredWord } from '../../scripts/harness/page-probes';
import { inCard, locateText, setUp, tearDown, waitForCard, waitForVerdict, type Env } from './fixtures';
import { LOOKUP_PAGE, UNRELATED_LOOKUP_PAGE } from './pages';

interface WorkerChrome {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]>; onCommand: { dispatch(command: string, tab: { id: number }): void } };
  contextMenus: { onClicked: { dispatch(info: { menuItemId: string; selectionText: string }, tab: { id: number }): void } };
}

let env: Env;
beforeAll(async () => {
  env = await setUp({ '/lookup.html': LOOKUP_PAGE, '/recipe.html': UNRELATED_LOOKUP_PAGE });
});
afterAll(() => tearDown(env));

async function open(path: string, verdict: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  await waitForVerdict(page, verdict);
  return page;
}

/** The dictionary files the worker has fetched. */
const dictionaryFiles = () => env.browser.worker.evaluate(() => performance.getEntriesByName('treaty-lens:dictionary-file').length);

/** Moves onto `word` (in `context`) from off the text, with `key` held if given. */
async function pointAt(page: Page, context: string, word: string, key?: string): Promise<void> {
  await page.mouse.move(5, 5);
  const { x, y } = await locateText(page, context, word);
  if (key) await page.keyboard.down(key);
  try {
    await page.mouse.move(x - 4, y);
    await page.mouse.move(x, y);
  } finally {
    if (key) await page.keyboard.up(key);
  }
}

/** Time for a card to open if it were going to: the lookup is answered well within it. */
const settle = (page: Page) => page.waitForTimeout(800);

/** Selects `word` in the element `selector` (the page's own selection, which a reader makes). */
function select(page: Page, selector: string, word: string): Promise<void> {
  return page.evaluate(
    ([selector, word]) => {
      const node = document.querySelector(selector)!.firstChild as Text;
      const at = node.data.indexOf(word);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [selector, word] as const,
  );
}

/** The word list, read in an extension page (the list lives in the extension's IndexedDB). */
async function storedWords(): Promise<StoredWord[]> {
  const panel = await env.browser.context.newPage();
  try {
    await panel.goto(env.browser.extensionUrl('sidepanel.html'));
    return await readStoredWords(panel);
  } finally {
    await panel.close();
  }
}

describe('the word under the pointer', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/lookup.html', 'related');
  });

  test('without the key, a word the glossary lacks opens nothing and the dictionary stays unread', async () => {
    await pointAt(page, '地区冲突斡旋', '斡旋');
    await settle(page);
    expect(await openCard(page)).toBeNull();
    expect(await dictionaryFiles()).toBe(0);
  });

  test('with Shift held, its dictionary card: tone-mark pinyin, senses, its characters; a dialog', async () => {
    await pointAt(page, '地区冲突斡旋', '斡旋', 'Shift');
    const card = await waitForCard(page);
    expect(card.role).toBe('dialog');
    expect(card.text).toContain('wò xuán');
    expect(card.text).toContain('to mediate');
    expect(await inCard(page, `[...card.querySelectorAll('.dict-word')].map((w) => w.dataset.word)`)).toEqual(['斡旋']);
    expect(await inCard(page, `[...card.querySelectorAll('.dict-chars dt')].map((d) => d.textContent)`)).toEqual(['斡', '旋']);
    expect(await dictionaryFiles()).toBeGreaterThan(0);
  });

  test('the word as jieba cut it in its sentence, from its second character too', async () => {
    await page.mouse.move(5, 5);
    await waitForCard(page, false);
    const { x, y } = await locateText(page, '双方恪守', '守');
    await page.keyboard.down('Shift');
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y);
    await page.keyboard.up('Shift');
    const card = await waitForCard(page);
    expect(card.text).toContain('kè shǒu');
  });

  test('pressing the key while the pointer rests on a word looks it up', async () => {
    await page.mouse.move(5, 5);
    await waitForCard(page, false);
    await pointAt(page, '双方恪守', '恪守');
    await settle(page);
    expect(await openCard(page)).toBeNull();
    await page.keyboard.press('Shift');
    expect((await waitForCard(page)).text).toContain('kè shǒu');
  });

  test("a glossary term's card shows its dictionary words under More", async () => {
    await page.mouse.move(5, 5);
    await waitForCard(page, false);
    await pointAt(page, '和亚信框架', '亚信');
    await waitForCard(page);
    const more = await inCard<{ x: number; y: number }>(page, `(() => { const r = card.querySelector('.more-toggle').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
    await page.mouse.move(more.x, more.y, { steps: 4 });
    await page.mouse.click(more.x, more.y);
    await expect.poll(() => inCard(page, `card.querySelector('.dict-more')?.textContent ?? ''`)).toContain('Dictionary');
    await expect.poll(() => inCard<number>(page, `card.querySelectorAll('.dict-more .dict-word').length`)).toBeGreaterThan(0);
  });

  test('Enter with text selected opens its card, with focus inside; Esc closes it', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    await select(page, '#words', '睦邻');
    await page.keyboard.press('Enter');
    const card = await waitForCard(page);
    expect(card.text).toContain('mù lín');
    expect(await inCard(page, `card.getRootNode().activeElement === card`)).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  test('Save keeps the word with its sentence, the page title and address; the card says Saved', async () => {
    await pointAt(page, '地区冲突斡旋', '斡旋', 'Shift');
    await waitForCard(page);
    const save = await inCard<{ x: number; y: number }>(
      page,
      `(() => { const r = card.querySelector('.dict-word[data-word="斡旋"] .save').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    await page.mouse.move(save.x, save.y, { steps: 4 });
    await page.mouse.click(save.x, save.y);
    await expect.poll(() => inCard(page, `card.querySelector('.save').textContent`)).toBe('Saved');
    const [word] = await storedWords();
    expect(word).toMatchObject({ word: '斡旋', pinyin: 'wò xuán', title: '中哈元首会谈 - 词典测试', url: env.server.url('/lookup.html') });
    expect(word?.sentence).toBe('双方恪守睦邻友好原则，中方愿为地区冲突斡旋。');
  });

  test('the hold-a-key mode: a glossary term opens nothing until the key is held', async () => {
    await env.browser.setSettings({ ...DEFAULT_SETTINGS, cardsOnlyWhileKeyHeld: true });
    try {
      await page.mouse.move(5, 5);
      await waitForCard(page, false);
      await pointAt(page, '和亚信框架', '亚信');
      await settle(page);
      expect(await openCard(page)).toBeNull();
      await pointAt(page, '和亚信框架', '亚信', 'Shift');
      expect((await waitForCard(page)).text).toContain('Conference on Interaction and Confidence Building Measures in Asia');
    } finally {
      await env.browser.setSettings(DEFAULT_SETTINGS);
    }
  });
});

describe('the options', () => {
  test('the lookup key chosen in the options is the one that looks words up', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    const section = options.getByRole('region', { name: 'Looking up words' });
    const holdMode = section.getByLabel('Show cards only while the lookup key is held (glossary terms too)');
    await section.getByLabel('No key').check();
    expect(await holdMode.isDisabled()).toBe(true);
    await section.getByLabel('Alt', { exact: true }).check();
    expect(await holdMode.isDisabled()).toBe(false);
    await expect.poll(async () => (await env.browser.settings()).lookupKey).toBe('Alt');
    await section.getByLabel('Look up every word on hover, without the key').check();
    await expect.poll(async () => (await env.browser.settings()).lookUpEveryWordOnHover).toBe(true);
    await options.close();
    try {
      const page = await open('/lookup.html', 'related');
      // Every word on hover: no key needed.
      await pointAt(page, '双方恪守', '恪守');
      expect((await waitForCard(page)).text).toContain('kè shǒu');
      await env.browser.setSettings({ ...DEFAULT_SETTINGS, lookupKey: 'Alt' });
      await page.mouse.move(5, 5);
      await waitForCard(page, false);
      await pointAt(page, '地区冲突斡旋', '斡旋', 'Shift');
      await settle(page);
      expect(await openCard(page)).toBeNull();
      await pointAt(page, '地区冲突斡旋', '斡旋', 'Alt');
      expect((await waitForCard(page)).text).toContain('wò xuán');
      await page.close();
    } finally {
      await env.browser.setSettings(DEFAULT_SETTINGS);
    }
  });
});

describe('a selection, on any page', () => {
  test('the command is declared with its default key, beside the site toggle', async () => {
    const commands = await env.browser.worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'look-up-selection', shortcut: 'Alt+Shift+K' }));
    expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-site', shortcut: 'Alt+Shift+L' }));
  });

  test('the command explains the selection on an unrelated page, which stays unannotated', async () => {
    const page = await open('/recipe.html', 'unrelated');
    const tabId = await env.browser.activeTabId();
    await select(page, '#recipe', '斡旋');
    await env.browser.worker.evaluate((id) => {
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.commands.onCommand.dispatch('look-up-selection', { id });
    }, tabId);
    const card = await waitForCard(page);
    expect(card.text).toContain('wò xuán');
    expect((await env.browser.pageState()).terms).toBe(0);
    // Asked for, it stays while the pointer crosses the page.
    await page.mouse.move(600, 400, { steps: 5 });
    await settle(page);
    expect((await openCard(page))?.text).toContain('wò xuán');
    // Esc closes it, as any card.
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  test('the context-menu item works on a site set to never', async () => {
    await env.browser.setSettings({ ...DEFAULT_SETTINGS, sites: { '127.0.0.1': 'never' } });
    try {
      const page = await open('/recipe.html', 'off');
      const tabId = await env.browser.activeTabId();
      await select(page, '#recipe', '番茄');
      await env.browser.worker.evaluate((id) => {
        const { contextMenus } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
        contextMenus.onClicked.dispatch({ menuItemId: 'treaty-lens-look-up', selectionText: '番茄' }, { id });
      }, tabId);
      const card = await waitForCard(page);
      expect(card.text).toContain('fān qié');
      expect(card.text).toContain('tomato');
    } finally {
      await env.browser.setSettings(DEFAULT_SETTINGS);
    }
  });
});
