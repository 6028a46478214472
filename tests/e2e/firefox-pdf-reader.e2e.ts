// The PDF reader (pdf.html) in Firefox: a fixture picked as a local file is rendered with
// its text layer in reading order, and the glossary terms are highlighted on the text
// layer's glyphs, as in Chromium (pdf-reader.e2e.ts). The reader is an extension page, so
// its own world holds the page session and its highlights (treatyLensHighlights).
import { resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/harness/firefox';
import { openExtensionPage, until } from './firefox-page';

let firefox: Browser;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(() => firefox?.close());

async function openLocal(name: string): Promise<Page> {
  const page = await openExtensionPage(firefox, 'pdf.html');
  const input = (await page.$('#file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(resolve('tests/fixtures/pdf', name));
  return page;
}

/** Each highlighted range: its text (whitespace removed), and whether it lies on a painted page's text layer, in document order. */
const HIGHLIGHTS = `treatyLensHighlights()
  .filter(([name]) => name !== 'treaty-lens-current')
  .map(([, range]) => range)
  .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
  .map((range) => {
    const layer = range.startContainer.parentElement?.closest('.pdf-page[data-painted] .textLayer');
    const box = range.getBoundingClientRect();
    const on = layer?.getBoundingClientRect();
    const inside = !!on && box.width > 0 && box.left >= on.left && box.right <= on.right && box.top >= on.top && box.bottom <= on.bottom;
    return { text: range.toString().replace(/\\s+/g, ''), inside };
  })`;

/** The highlights once their list has stopped changing (both matching stages done). */
async function settledHighlights(page: Page): Promise<{ text: string; inside: boolean }[]> {
  let last = JSON.stringify(await until(page, `(() => { const h = ${HIGHLIGHTS}; return h.length > 0 && h; })()`));
  for (;;) {
    await new Promise((done) => setTimeout(done, 500));
    const now = JSON.stringify(await page.evaluate(HIGHLIGHTS));
    if (now === last) return JSON.parse(now) as { text: string; inside: boolean }[];
    last = now;
  }
}

test.each([
  ['single.pdf', ['中华人民共和国和哈萨克斯坦共和国联合声明', '全面战略伙伴关系', '务实合作', '丝绸之路经济带', '上海合作组织', '亚信', '三股势力']],
  ['epaper.pdf', ['中亚', '外交部发言人', '中亚国家', '高质量共建一带一路', '上海合作组织', '中哈双方', '中国—中亚机制', '亚信']],
])('%s: its text layer is there and the glossary terms are highlighted on it, in reading order', async (name, terms) => {
  const page = await openLocal(name);
  expect(await until<number>(page, `document.querySelectorAll('.pdf-page .textLayer .pdf-paragraph span').length`)).toBeGreaterThan(0);
  const highlights = await settledHighlights(page);
  expect(highlights.map((h) => h.text)).toEqual(terms);
  expect(highlights.filter((h) => !h.inside)).toEqual([]);
  await page.close();
});
