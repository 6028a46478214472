// The user's own corpus in the side panel: saving the page in a tab, refusing a page
// without Chinese, finding and opening what was saved, removing it, exporting and
// importing it, and rejecting a bad import file without storing any of it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setUp, tearDown, waitForVerdict, type Env } from './fixtures';

const ARTICLE_TITLE = '中哈青年人文交流周在阿拉木图开幕';
const ARTICLE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${ARTICLE_TITLE} - 测试新闻网</title></head>
<body>
  <nav><a href="/">首页</a> <a href="/world">国际</a></nav>
  <main><article>
    <h1>${ARTICLE_TITLE}</h1>
    <p>本网阿拉木图电　中国和哈萨克斯坦两国青年代表近日在阿拉木图举办人文交流周，围绕丝路文化、语言学习和青年创业等话题展开对话，百余名学生和教师参加了开幕式。</p>
    <p>与会代表表示，双方愿在上海合作组织框架内扩大教育合作，增加互派留学生名额，鼓励高校联合开展研究项目，为两国世代友好注入新的活力。</p>
    <p>交流周期间还举行了冬不拉音乐会和传统手工艺展览，哈方艺术家演奏了多首民间乐曲，吸引大批市民前来观看。</p>
    <p>主办方介绍，交流周今后将每年举办一次，轮流在两国城市举行，并逐步扩大到中亚其他国家的青年。</p>
  </article></main>
  <footer>版权所有　测试新闻网</footer>
</body></html>`;
const ENGLISH = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summit report</title></head>
<body><main><article><h1>Leaders meet in Astana</h1>
<p>The two presidents held talks on trade, energy and transport and agreed to meet again next year.</p>
<p>Officials said the talks were constructive and that several agreements would be signed later.</p>
</article></main></body></html>`;

let env: Env;
let panel: Page;
let savedId: string;
let exported: string;

beforeAll(async () => {
  env = await setUp({ '/article.html': ARTICLE, '/english.html': ENGLISH });
  panel = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

/** Opens a page in a tab of its own and returns the tab's id, once our content script runs there. */
async function openTab(path: string): Promise<number> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  await waitForVerdict(page);
  await page.bringToFront();
  return env.browser.activeTabId();
}

/** Opens the panel as a page acting on a tab, and waits until it has read the stored documents. */
async function openPanel(query: string, hash = ''): Promise<void> {
  await panel.goto(env.browser.extensionUrl(`sidepanel.html${query}${hash}`));
  await panel.bringToFront();
  if (!hash) await panel.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.save-page button')?.disabled);
}

/** Ids in the panel's IndexedDB store, read without ever creating the database. */
function storedIds(): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('treaty-lens-user-corpus');
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('documents').objectStore('documents').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => reject(keys.error ?? new Error('reading the keys failed'));
        };
      }),
  );
}

async function showMyPages(): Promise<void> {
  await panel.getByLabel('Search the corpus').fill('');
  await panel.getByRole('tab', { name: 'My pages' }).click();
}

async function importFile(name: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([panel.waitForEvent('filechooser'), panel.getByRole('button', { name: 'Import pages from a file' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('saving the page being read', () => {
  test('stores its cleaned main text as a document', async () => {
    const tabId = await openTab('/article.html');
    await openPanel(`?tab=${tabId}`);
    expect(await storedIds()).toEqual([]);
    await panel.getByRole('button', { name: 'Save this page to my corpus' }).click();
    const status = panel.locator('.save-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Saved “.+” \(5 paragraphs\)\./);
    const ids = await storedIds();
    expect(ids).toHaveLength(1);
    savedId = ids[0]!;
    await showMyPages();
    expect(await panel.locator(`.saved-list li[data-doc="${savedId}"] a`).textContent()).toContain(ARTICLE_TITLE);
  });

  test('is searchable and opens in the reader with its terms and source', async () => {
    await panel.getByLabel('Search the corpus').fill('冬不拉音乐会');
    const top = panel.locator('li.result').first();
    await top.waitFor();
    expect(await top.getAttribute('data-doc')).toBe(savedId);
    expect(await top.getAttribute('data-para')).toBe('p4');
    expect(await top.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['音乐会']));
    await top.locator('a').click();
    await panel.locator('[data-para="p4"][aria-current="location"]').waitFor();
    expect(await panel.locator('.reader h2').textContent()).toContain(ARTICLE_TITLE);
    expect(await panel.locator('.reader dl.meta').textContent()).toContain(env.server.url('/article.html'));
    expect(await panel.locator('.reader mark.term[data-entry="sco"]').first().textContent()).toBe('上海合作组织');
    // Nav and footer of the page are not part of the document.
    expect(await panel.locator('.reader').textContent()).not.toContain('版权所有');
  });

  test('is linkable like a bundled document, after the panel reopens', async () => {
    await openPanel('', `#doc=${savedId}&p=p3`);
    const para = panel.locator('[data-para="p3"]');
    await para.waitFor();
    expect(await para.getAttribute('aria-current')).toBe('location');
    expect(await para.textContent()).toContain('上海合作组织框架内扩大教育合作');
  });

  test('refuses a page without Chinese text, and stores nothing', async () => {
    const tabId = await openTab('/english.html');
    await openPanel(`?tab=${tabId}`);
    await panel.getByRole('button', { name: 'Save this page to my corpus' }).click();
    await expect.poll(() => panel.locator('.save-page [role="alert"]').textContent()).toContain('no Chinese text');
    expect(await storedIds()).toEqual([savedId]);
  });
});

describe('removing, exporting and importing', () => {
  test('export writes the saved documents to a JSON file', async () => {
    await openPanel('');
    await showMyPages();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export my pages (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^treaty-lens-my-pages-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(exported) as { format: string; documents: { id: string; title: string }[] };
    expect(file.format).toBe('treaty-lens/user-corpus');
    expect(file.documents.map((d) => d.id)).toEqual([savedId]);
  });

  test('remove deletes the document from storage, list and search; undo brings it back', async () => {
    await panel.getByRole('button', { name: /^Remove “/ }).click();
    await panel.locator('.saved-list').waitFor({ state: 'detached' });
    expect(await storedIds()).toEqual([]);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.locator(`.saved-list li[data-doc="${savedId}"]`).waitFor();
    expect(await storedIds()).toEqual([savedId]);
    await panel.getByRole('button', { name: /^Remove “/ }).click();
    await panel.locator('.saved-list').waitFor({ state: 'detached' });
    expect(await storedIds()).toEqual([]);
    await panel.getByLabel('Search the corpus').fill('冬不拉音乐会');
    await expect.poll(() => panel.locator('li.result').evaluateAll((els) => els.map((el) => el.getAttribute('data-doc')))).not.toContain(savedId);
  });

  test('import of the exported file restores the same document', async () => {
    await showMyPages();
    await importFile('export.json', exported);
    await expect.poll(() => panel.locator('.transfer-status').textContent(), { timeout: 15_000 }).toBe('Imported 1 new and replaced 0 saved documents.');
    expect(await storedIds()).toEqual([savedId]);
    const restored = await panel.evaluate(
      (id) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('treaty-lens-user-corpus');
          open.onsuccess = () => {
            const get = open.result.transaction('documents').objectStore('documents').get(id);
            get.onsuccess = () => resolve((get.result as { doc: unknown }).doc);
          };
        }),
      savedId,
    );
    expect(restored).toEqual((JSON.parse(exported) as { documents: unknown[] }).documents[0]);
    await panel.getByLabel('Search the corpus').fill('冬不拉音乐会');
    await expect.poll(() => panel.locator('li.result').first().getAttribute('data-doc')).toBe(savedId);
  });

  test('a file that is not JSON is rejected with a message', async () => {
    await showMyPages();
    await importFile('broken.json', '{"format": "treaty-lens/user-corpus", "documents": [');
    await expect.poll(() => panel.locator('.transfer [role="alert"]').textContent()).toBe('This file is not JSON. Nothing was imported.');
    expect(await storedIds()).toEqual([savedId]);
  });

  test('a file with one bad document stores none of its documents', async () => {
    const file = JSON.parse(exported) as { documents: Record<string, unknown>[] };
    const good = { ...file.documents[0]!, id: 'user-anotherpage', url: env.server.url('/another.html') };
    const bad = { ...file.documents[0]!, id: 'user-badpage', paragraphs: [] };
    await importFile('mixed.json', JSON.stringify({ ...file, documents: [good, bad] }));
    await expect.poll(() => panel.locator('.transfer [role="alert"]').textContent()).toMatch(/^Document 2 in the file is not valid \(paragraphs: .+\)\. Nothing was imported\.$/);
    expect(await storedIds()).toEqual([savedId]);
    expect(await panel.locator('.saved-list li').count()).toBe(1);
  });
});
