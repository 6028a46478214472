// The Compare view in its full tab (compare.html) in Firefox: two corpus documents picked,
// the 2005 statement and the 2014 declaration; their energy paragraphs laid side by side,
// the relationship formula's upgrade among the terms only the later text uses, and the
// closest pair's word-level difference marked in text (struck through, underlined), as in
// Chromium (panel-compare.e2e.ts).
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/harness/firefox';
import { openExtensionPage, until } from './firefox-page';

const STATEMENT_2005 = '2005-07-04-cn-kz-joint-statement-strategic-partnership';
const DECLARATION_2014 = '2014-05-19-cn-kz-joint-declaration';

let firefox: Browser;
let page: Page;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  page = await openExtensionPage(firefox, 'compare.html');
  await until(page, `!!document.querySelector('#compare-doc-1')`);
  await page.select('#compare-doc-0', STATEMENT_2005);
  await page.select('#compare-doc-1', DECLARATION_2014);
  await until(page, `!!document.querySelector('.comparison .compare-topic[data-topic="energy"]')`, 30_000);
});
afterAll(() => firefox?.close());

const ENERGY = `.comparison .compare-topic[data-topic="energy"]`;

test('the two documents picked are compared, oldest first', async () => {
  expect(await page.evaluate(`[document.querySelector('.comparison').dataset.a, document.querySelector('.comparison').dataset.b]`)).toEqual([STATEMENT_2005, DECLARATION_2014]);
});

test('the energy paragraphs of both are side by side, each in document order', async () => {
  const layout = (await page.evaluate(`(() => {
    const col = (side) => document.querySelector('${ENERGY} .compare-col[data-side="' + side + '"]');
    const [a, b] = [col('a'), col('b')];
    const box = (el) => el.getBoundingClientRect();
    return {
      a: [...a.querySelectorAll('.compare-para')].map((p) => p.dataset.para),
      b: [...b.querySelectorAll('.compare-para')].map((p) => p.dataset.para),
      sideBySide: box(a).right <= box(b).left && Math.abs(box(a).top - box(b).top) < 2,
    };
  })()`)) as { a: string[]; b: string[]; sideBySide: boolean };
  expect(layout.a).toContain('p15');
  expect(layout.b).toEqual(['p16', 'p17', 'p18', 'p19', 'p20', 'p21']);
  expect(layout.sideBySide).toBe(true);
});

test('the formula only the later text uses is named, and the closest pair is diffed, marked in text', async () => {
  expect(await page.evaluate(`document.querySelector('.comparison .compare-topic[data-topic="political"] .term-delta[data-delta="added"]').textContent`)).toContain('全面战略伙伴关系');
  const marks = (await page.evaluate(`(() => {
    const diff = document.querySelector('${ENERGY} [data-pair="p15-p17"] .diff');
    const ins = diff.querySelector('ins');
    const del = diff.querySelector('del');
    return { ins: ins.textContent, del: del.textContent, insLine: getComputedStyle(ins).textDecorationLine, delLine: getComputedStyle(del).textDecorationLine };
  })()`)) as Record<string, string>;
  expect(marks.ins).toMatch(/^inserted将做好中哈原油/);
  expect(marks.del).toMatch(/^deleted随着部分双边重大合作项目的实施/);
  expect([marks.insLine, marks.delLine]).toEqual(['underline', 'line-through']);
});
