// The PDF reader (pdf.html) with the built extension: a local file and a file from a local
// http server are read in reading order and annotated like a web page (highlights on the
// text layer's glyphs, the card on hover, the page state the worker holds), saved to My
// pages from the side panel, and the bad files are refused with their own messages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OUR_ROOT } from '../../scripts/harness/page-probes';
import { CID_FONT_TEXT } from '../../scripts/pdf-fixtures/cid-font';
import { EPAPER_LEFT, EPAPER_TITLE, EPAPER_RIGHT, LANDSCAPE_TEXT, SINGLE_PARAGRAPHS, SINGLE_TITLE } from '../../scripts/pdf-fixtures/pages';
import { setUp, tabStateOf, tearDown, waitForVerdict, type Env } from './fixtures';

const FIXTURES = resolve('tests/fixtures/pdf');
const fixture = (name: string) => resolve(FIXTURES, name);
const pdf = (name: string) => ({ body: readFileSync(fixture(name)), type: 'application/pdf' });

let env: Env;

beforeAll(async () => {
  env = await setUp({ '/docs/single.pdf': pdf('single.pdf') });
});
afterAll(() => tearDown(env));

async function openReader(query = ''): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.browser.extensionUrl(`pdf.html${query}`));
  return page;
}

async function openLocal(name: string): Promise<Page> {
  const page = await openReader();
  await page.locator('#file').setInputFiles(fixture(name));
  return page;
}

/** The highlighted ranges' texts (the reader's own world holds them), whitespace removed, in document order. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const entries = (globalThis as unknown as { treatyLensHighlights(): [string, Range][] }).treatyLensHighlights();
    return entries
      .filter(([name]) => name !== 'treaty-lens-current')
      .map(([, range]) => range)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString().replace(/\s+/g, ''));
  });
}

/** The reader's main text as the side panel gets it (the worker asks the tab, as the panel does). */
async function mainText(page: Page): Promise<{ url: string; title: string; text: string }> {
  await page.bringToFront();
  const tabId = await env.browser.activeTabId();
  return env.browser.worker.evaluate(
    ([id]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<never> } } }).chrome.tabs.sendMessage(id, { type: 'get-main-text' }),
    [tabId] as const,
  );
}

describe('a local file', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openLocal('single.pdf');
    await waitForVerdict(page, 'related');
  });

  test('is related, and its terms are highlighted on the text layer in reading order', async () => {
    await expect.poll(() => highlighted(page)).toEqual(['中华人民共和国和哈萨克斯坦共和国联合声明', '全面战略伙伴关系', '务实合作', '丝绸之路经济带', '上海合作组织', '亚信', '三股势力']);
    // Every range lies in a page's text layer, over its canvas.
    const inLayer = await page.evaluate(() =>
      (globalThis as unknown as { treatyLensHighlights(): [string, Range][] }).treatyLensHighlights().every(([, r]) => {
        const layer = r.startContainer.parentElement?.closest('.textLayer');
        const box = r.getBoundingClientRect();
        const page = layer?.getBoundingClientRect();
        return !!page && box.width > 0 && box.left >= page.left && box.right <= page.right && box.top >= page.top && box.bottom <= page.bottom;
      }),
    );
    expect(inLayer).toBe(true);
  });

  test('its text, in paragraphs, is what the side panel would save', async () => {
    const read = await mainText(page);
    expect(read.title).toBe(SINGLE_TITLE);
    expect(read.text.split('\n')).toEqual([SINGLE_TITLE, ...SINGLE_PARAGRAPHS]);
  });

  test('hovering a highlighted term opens its card', async () => {
    await page.bringToFront();
    const centre = await page.evaluate(() => {
      const [, range] = (globalThis as unknown as { treatyLensHighlights(): [string, Range][] })
        .treatyLensHighlights()
        .find(([, r]) => r.toString() === '上海合作组织')!;
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.move(5, 5);
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    await expect.poll(() => page.evaluate(`${OUR_ROOT}?.querySelector('.card:not([hidden])')?.textContent ?? ''`)).toContain('Shanghai Cooperation Organization');
  });
});

describe('saving to My pages', () => {
  /** Titles of the saved documents, read from the extension's IndexedDB (the reader shares its origin). */
  function savedTitles(page: Page): Promise<string[]> {
    return page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('treaty-lens-user-corpus');
          open.onupgradeneeded = () => open.transaction!.abort();
          open.onerror = () => resolve([]);
          open.onsuccess = () => {
            const all = open.result.transaction('documents').objectStore('documents').getAll();
            all.onsuccess = () => resolve((all.result as { doc: { title: string } }[]).map((r) => r.doc.title));
          };
        }),
    );
  }

  test("the reader's Save button stores the document with its title", async () => {
    const page = await openLocal('single.pdf');
    await waitForVerdict(page, 'related');
    expect(await savedTitles(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save to My pages' }).click();
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^Saved “中华人民共和国和哈萨克斯坦共和国联合声明（测试文本）” \(\d paragraphs\) to My pages\.$/);
    expect(await savedTitles(page)).toEqual([SINGLE_TITLE]);
  });

  test("the side panel's This page view follows the reader's tab and saves it too", async () => {
    const page = await openLocal('epaper.pdf');
    await waitForVerdict(page, 'related');
    await page.bringToFront();
    const tabId = await env.browser.activeTabId();
    const panel = await env.browser.context.newPage();
    await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await expect.poll(() => panel.locator('main').textContent()).toContain('外交部发言人');
    await panel.getByRole('button', { name: 'Save this page to my corpus' }).click();
    await expect.poll(() => panel.locator('.save-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved “.+” \(\d paragraphs\)\./);
    expect(await savedTitles(panel)).toContain(EPAPER_TITLE);
  });
});

test('a landscape page is read across its width', async () => {
  const page = await openLocal('landscape.pdf');
  await waitForVerdict(page);
  const box = await page.locator('.pdf-page').boundingBox();
  expect(box!.width).toBeGreaterThan(box!.height);
  expect((await mainText(page)).text).toBe(LANDSCAPE_TEXT);
});

test('text in a Chinese font the file does not embed (STSong-Light, UniGB-UCS2-H) is read through the bundled CMaps', async () => {
  const page = await openLocal('cid-font.pdf');
  // Without the CMap, pdf.js gives no text for this font at all: the poll would time out on ''.
  await expect.poll(async () => (await mainText(page)).text).toBe(CID_FONT_TEXT);
  await expect.poll(() => page.locator('.textLayer').textContent()).toBe(CID_FONT_TEXT);
});

test('an e-paper page: the headline, then the left column, then the right, with its spaced characters joined', async () => {
  const page = await openLocal('epaper.pdf');
  await waitForVerdict(page, 'related');
  await expect.poll(() => highlighted(page)).toEqual(['中亚', '外交部发言人', '中亚国家', '高质量共建一带一路', '上海合作组织', '中哈双方', '中国—中亚机制', '亚信']);
  expect((await mainText(page)).text.split('\n')).toEqual(['中亚合作新篇章', EPAPER_LEFT, EPAPER_RIGHT]);
});

test('a file from an http address (?file=) is fetched, read and annotated', async () => {
  const url = env.server.url('/docs/single.pdf');
  const page = await openReader(`?file=${encodeURIComponent(url)}`);
  await waitForVerdict(page, 'related');
  await expect.poll(async () => (await tabStateOf(page))?.terms).toBe(7);
  const read = await mainText(page);
  expect(read.url).toBe(url);
  expect(read.text.split('\n')[0]).toBe(SINGLE_TITLE);
});

test('the popup and the side panel open the reader in a tab', async () => {
  const { context } = env.browser;
  for (const [screen, name] of [
    ['popup.html', 'Open a PDF…'],
    ['sidepanel.html', 'Open a PDF'],
  ] as const) {
    const page = await context.newPage();
    await page.goto(env.browser.extensionUrl(screen));
    const control = screen === 'popup.html' ? page.getByRole('button', { name }) : page.getByRole('link', { name });
    const [reader] = await Promise.all([context.waitForEvent('page'), control.click()]);
    await reader.waitForURL(env.browser.extensionUrl('pdf.html'));
    expect(await reader.locator('#hint').textContent()).toContain('Open a PDF file, or drop one here');
    await reader.close();
    if (!page.isClosed()) await page.close();
  }
});

describe('files it cannot read', () => {
  test.each([
    ['not-a-pdf.pdf', 'This file is not a PDF.'],
    ['damaged.pdf', 'This PDF is damaged: its structure cannot be read.'],
    ['encrypted.pdf', 'This PDF is protected by a password; Treaty Lens does not open encrypted files.'],
    ['scanned.pdf', 'This PDF has no text to read (a scanned document): Treaty Lens has nothing to annotate.'],
  ])('%s: "%s"', async (name, message) => {
    const page = await openLocal(name);
    await expect.poll(() => page.locator('#message').textContent()).toBe(message);
    await page.close();
  });
});
