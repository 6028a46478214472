// The side panel's corpus reader, opened as a tab: deep links, metadata, marked terms and
// cited agreements, the timeline, search, and copying a paragraph's citation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpus, setUp, tearDown, type Env } from './fixtures';

const DECLARATION = '2014-05-19-cn-kz-joint-declaration';

let env: Env;
let panel: Page;

beforeAll(async () => {
  env = await setUp();
  panel = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

/** What the system clipboard holds, read the way a user would: pasting into a text field. */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-probe';
    document.body.append(box);
    box.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  return page.evaluate(() => {
    const box = document.getElementById('paste-probe') as HTMLTextAreaElement;
    box.remove();
    return box.value;
  });
}

async function openPanel(hash = ''): Promise<void> {
  await panel.goto(env.browser.extensionUrl(`sidepanel.html${hash}`));
  await panel.locator('.panel').waitFor();
}

describe('the reader', () => {
  test('opens a deep link at its paragraph: marked, focused, in view', async () => {
    await openPanel(`#doc=${DECLARATION}&p=p46`);
    const para = panel.locator('[data-para="p46"]');
    await para.waitFor();
    expect(await para.getAttribute('aria-current')).toBe('location');
    expect(await panel.locator('[aria-current="location"]').count()).toBe(1);
    expect(await para.evaluate((el) => el === document.activeElement)).toBe(true);
    const inView = await para.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  test('renders section headings as headings and shows the metadata', async () => {
    const headings = await panel.locator('.reader h3.para-heading').allTextContents();
    expect(headings).toEqual(['一', '二', '三', '四', '五', '六']);
    const meta = await panel.locator('.reader dl.meta').textContent();
    for (const part of ['2014-05-19', 'Joint declaration', '上海', '习近平', '努·纳扎尔巴耶夫', '习近平系列重要讲话数据库', 'published 2014-05-20']) {
      expect(meta).toContain(part);
    }
  });

  test('marks glossary terms with their English in the tooltip', async () => {
    const term = panel.locator('[data-para="p46"] mark.term[data-entry="cica"]').first();
    expect(await term.textContent()).toBe('亚信');
    expect(await term.getAttribute('title')).toContain('Conference on Interaction and Confidence Building Measures in Asia (CICA)');
    expect(await panel.locator('.reader mark.term').count()).toBeGreaterThan(20);
  });

  test('labels cited agreements the corpus does not hold, with their date', async () => {
    const ref = panel.locator('[data-para="p4"] .cite-ref[data-agreement="cn-kz-treaty-of-good-neighbourliness-2002"]');
    expect(await ref.textContent()).toContain('《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》');
    expect(await ref.locator('.cite-note').textContent()).toBe('referenced, not in the corpus · 2002-12-23');
    expect(await panel.locator('.reader a.cite-link').count()).toBe(0);
  });

  test('links a cited agreement the corpus holds to its document', async () => {
    await openPanel('#doc=2023-05-17-xi-tokayev-talks&p=p3');
    const meta = await panel.locator('.reader dl.meta').textContent();
    expect(meta).toContain('Continued frompage 01');
    const link = panel.locator('[data-para="p3"] a.cite-link');
    expect(await link.textContent()).toBe('《中华人民共和国和哈萨克斯坦共和国联合声明》');
    await link.click();
    await expect.poll(() => panel.locator('.reader h2').textContent()).toBe('中华人民共和国和哈萨克斯坦共和国联合声明');
    expect(await panel.locator('.reader').getAttribute('data-doc')).toBe('2023-05-17-cn-kz-joint-statement');
  });
});

describe('the timeline', () => {
  test('spans the relationship and opens a document', async () => {
    await openPanel();
    const tab = panel.getByRole('tab', { name: 'Timeline' });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await panel.locator('#timeline-heading').textContent()).toBe('Timeline, 2001–2023');
    const years = await panel.locator('.tl-year > h3').allTextContents();
    expect(years[0]).toBe('2001');
    expect(years.at(-1)).toBe('2023');
    expect(years).toContain('2005');
    await panel.locator('a.tl-item[data-doc="2005-07-04-cn-kz-joint-statement-strategic-partnership"]').click();
    await expect.poll(() => panel.locator('.reader').getAttribute('data-doc')).toBe('2005-07-04-cn-kz-joint-statement-strategic-partnership');
    expect(await panel.locator('.reader h2').textContent()).toBe('中华人民共和国和哈萨克斯坦共和国关于建立和发展战略伙伴关系的联合声明');
  });

  test('marks an agreement that is only cited and opens where it is cited', async () => {
    await panel.getByRole('button', { name: 'All documents' }).click();
    const item = panel.locator('.tl-referenced[data-agreement="cn-kz-treaty-of-good-neighbourliness-2002"]');
    expect(await item.textContent()).toContain('referenced, not in the corpus');
    expect(await item.locator('time').textContent()).toBe('2002-12-23');
    await item.locator('a.tl-cited').click();
    const current = panel.locator('[aria-current="location"]');
    await current.waitFor();
    expect(await current.textContent()).toContain('睦邻友好合作条约');
  });

  test('the views are tabs that arrow keys move between', async () => {
    await openPanel();
    await panel.getByRole('tab', { name: 'Timeline' }).focus();
    await panel.keyboard.press('ArrowRight');
    const documents = panel.getByRole('tab', { name: 'Documents' });
    expect(await documents.getAttribute('aria-selected')).toBe('true');
    expect(await documents.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await panel.locator('#documents-heading').isVisible()).toBe(true);
    expect(await panel.locator('a.doc-link').count()).toBe(corpus.documents.length);
  });
});

describe('search', () => {
  test('returns ranked results with the terms marked, and opens one at its paragraph', async () => {
    await openPanel();
    await panel.getByLabel('Search the corpus').fill('亚信');
    const results = panel.locator('li.result');
    await results.first().waitFor();
    const scores = (await results.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-score')))));
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // A mark is a whole indexed word: 亚信 itself, or a glossary form that starts with it (亚信峰会).
    for (const marks of await results.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('mark')].map((m) => m.textContent ?? '')))) {
      expect(marks.some((m) => m.startsWith('亚信'))).toBe(true);
    }
    // The paragraph naming 亚信 most often comes first.
    const count = (text: string) => text.split('亚信').length - 1;
    const most = Math.max(...corpus.documents.flatMap((d) => d.paragraphs.map((p) => count(p.text))));
    const top = results.first();
    const [docId, paraId] = [await top.getAttribute('data-doc'), await top.getAttribute('data-para')];
    const topText = corpus.documents.find((d) => d.id === docId)!.paragraphs.find((p) => p.id === paraId)!.text;
    expect(count(topText)).toBe(most);
    await top.locator('a').click();
    const para = panel.locator(`[data-para="${paraId}"]`);
    await para.waitFor();
    expect(await para.getAttribute('aria-current')).toBe('location');
    // Back home, the query and its results are still there.
    await panel.getByRole('button', { name: 'All documents' }).click();
    expect(await panel.getByLabel('Search the corpus').inputValue()).toBe('亚信');
    expect(await results.count()).toBe(scores.length);
  });

  test('finds full-width digits with ASCII ones', async () => {
    await panel.getByLabel('Search the corpus').fill('9月7日');
    const hit = panel.locator('li.result[data-doc="2013-09-07-xi-nazarbayev-talks"][data-para="p1"]');
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['９', '７']));
  });
});

describe('copy citation', () => {
  test('copies title, date and paragraph number, and says so', async () => {
    await openPanel(`#doc=${DECLARATION}&p=p12`);
    await panel.getByRole('button', { name: 'Copy citation for paragraph 12' }).click();
    const expected = '《中华人民共和国和哈萨克斯坦共和国联合宣言》（2014-05-19），第12段';
    const toast = panel.locator('.reader [role="status"]');
    await expect.poll(() => toast.textContent()).toBe(`Copied: ${expected}`);
    expect(await toast.isVisible()).toBe(true);
    expect(await pasted(panel)).toBe(expected);
  });
});
