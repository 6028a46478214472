// The Compare view in the built extension: from the 2014 declaration to its predecessor
// (the 2005 statement): the formula's change, the energy paragraphs side by side, the
// word-level difference marked in text; the exports; a formula's history from its glossary
// entry; a saved page compared with a corpus document; the full-tab page.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setUp, tearDown, waitForVerdict, type Env } from './fixtures';

const STATEMENT_2005 = '2005-07-04-cn-kz-joint-statement-strategic-partnership';
const DECLARATION_2014 = '2014-05-19-cn-kz-joint-declaration';
const ENERGY_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>中哈能源合作座谈会在阿斯塔纳举行 - 测试新闻网</title></head>
<body><main><article>
  <h1>中哈能源合作座谈会在阿斯塔纳举行</h1>
  <p>本网阿斯塔纳电　中哈两国能源部门代表日前举行座谈，双方认为，能源合作是中哈全面战略伙伴关系的重要组成部分。</p>
  <p>双方将做好中哈原油管道和中哈天然气管道的安全稳定运营，扩大天然气和石油贸易，加快奇姆肯特炼油厂现代化改造。</p>
  <p>与会代表还就跨境铁路运输和口岸通关便利化交换了意见。</p>
</article></main></body></html>`;

let env: Env;
let panel: Page;
let energyTab: number;

beforeAll(async () => {
  env = await setUp({ '/energy.html': ENERGY_PAGE });
  panel = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

const topic = (name: string) => panel.locator(`.comparison .compare-topic[data-topic="${name}"]`);
const downloaded = async (d: Download) => readFileSync(await d.path(), 'utf8');

describe('comparing the 2014 declaration with its predecessor', () => {
  test('the reader offers its predecessor, the 2005 statement, and the view compares them', async () => {
    await panel.goto(env.browser.extensionUrl(`sidepanel.html#doc=${DECLARATION_2014}`));
    await panel.getByRole('link', { name: 'Compare with its predecessor' }).click();
    const comparison = panel.locator('.comparison');
    await comparison.waitFor({ timeout: 20_000 });
    expect(await comparison.getAttribute('data-a')).toBe(STATEMENT_2005);
    expect(await comparison.getAttribute('data-b')).toBe(DECLARATION_2014);
    expect(await panel.locator('#compare-doc-0').inputValue()).toBe(STATEMENT_2005);
  });

  test('shows the relationship formula change: 战略伙伴关系 → 全面战略伙伴关系, linked to the paragraphs', async () => {
    // The upgrade of the relationship comes first among the formula histories.
    const history = panel.locator('.formula-history').first();
    expect(await history.getAttribute('data-family')).toContain('comprehensive-strategic-partnership');
    const change = history.locator('.formula-changes li').first();
    expect(await change.locator('.formula-change').textContent()).toBe('战略伙伴关系 → 全面战略伙伴关系');
    expect(await change.getAttribute('data-doc')).toBe(DECLARATION_2014);
    expect(await change.locator('a.formula-para').first().getAttribute('href')).toBe(`#doc=${DECLARATION_2014}&p=p2`);
    const political = topic('political');
    expect(await political.locator('.term-delta[data-delta="added"]').textContent()).toContain('全面战略伙伴关系');
    expect(await political.locator('.term-delta[data-delta="removed"]').textContent()).toMatch(/Only in the earlier text: .*战略伙伴关系/);
  });

  test('lays the energy paragraphs side by side, each with its evidence', async () => {
    const energy = topic('energy');
    expect(await energy.locator('h4').textContent()).toBe('Energy');
    const left = energy.locator('.compare-col[data-side="a"] .compare-para[data-para="p15"]');
    const right = energy.locator('.compare-col[data-side="b"] .compare-para[data-para="p17"]');
    expect(await left.locator('p[lang="zh-CN"]').textContent()).toContain('阿塔苏－阿拉山口石油管道');
    expect(await right.locator('p[lang="zh-CN"]').textContent()).toContain('中哈原油管道扩建');
    expect(await right.locator('.evidence').textContent()).toBe('classed as Energy: 中哈原油管道、中哈天然气管道、别伊涅乌—巴佐伊—奇姆肯特、奇姆肯特炼化厂');
    const [a, b] = [await energy.locator('.compare-col[data-side="a"]').boundingBox(), await energy.locator('.compare-col[data-side="b"]').boundingBox()];
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(await energy.locator('.compare-col[data-side="b"] .compare-para').evaluateAll((els) => els.map((e) => e.getAttribute('data-para')))).toEqual(['p16', 'p17', 'p18', 'p19', 'p20', 'p21']);
  });

  test('diffs the closest energy paragraphs word by word, marked in text and not by colour alone', async () => {
    const pair = topic('energy').locator('[data-pair="p15-p17"]');
    const diff = pair.locator('.diff');
    // The panel's jieba has no glossary words (record-tools.ts), so 中哈原油|管道 may split.
    expect(await diff.locator('ins').first().textContent()).toMatch(/^inserted将做好中哈原油/);
    expect(await diff.locator('del').first().textContent()).toMatch(/^deleted随着部分双边重大合作项目的实施/);
    // Struck through and underlined: a reader who cannot tell the colours still sees which is which.
    expect(await diff.locator('del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await diff.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    // The label is in the accessibility tree, not on screen.
    const label = diff.locator('ins .diff-label').first();
    expect(await label.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await pair.locator('.pair-head a').first().getAttribute('href')).toBe(`#doc=${STATEMENT_2005}&p=p15`);
  });
});

describe('three documents', () => {
  test('are compared oldest first, each with the next, whatever order they were picked in', async () => {
    await panel.goto(env.browser.extensionUrl(`sidepanel.html#compare=2023-05-17-cn-kz-joint-statement,${STATEMENT_2005},${DECLARATION_2014}`));
    const comparisons = panel.locator('.comparison');
    await expect.poll(() => comparisons.count(), { timeout: 20_000 }).toBe(2);
    const pairs = await comparisons.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-a')} → ${e.getAttribute('data-b')}`));
    expect(pairs).toEqual([`${STATEMENT_2005} → ${DECLARATION_2014}`, `${DECLARATION_2014} → 2023-05-17-cn-kz-joint-statement`]);
    expect(await panel.locator('select[id^="compare-doc-"]').count()).toBe(3);
    const changes = await panel.locator('.formula-history[data-family~="comprehensive-strategic-partnership"] .formula-change').allTextContents();
    expect(changes).toEqual(['战略伙伴关系 → 全面战略伙伴关系', '全面战略伙伴关系 → 永久全面战略伙伴关系']);
  });
});

describe('export', () => {
  test('Markdown: the comparison with a citation under every quotation', async () => {
    await panel.goto(env.browser.extensionUrl(`sidepanel.html#compare=${STATEMENT_2005},${DECLARATION_2014}`));
    await panel.locator('.comparison').waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('treaty-lens-compare-2005-07-04-2014-05-19.md');
    const md = await downloaded(download);
    expect(md.split('\n')[0]).toBe('# Comparison: 《中华人民共和国和哈萨克斯坦共和国关于建立和发展战略伙伴关系的联合声明》 → 《中华人民共和国和哈萨克斯坦共和国联合宣言》');
    expect(md).toContain('## Energy');
    expect(md).toContain('> — 《中华人民共和国和哈萨克斯坦共和国联合宣言》（2014-05-19），第17段');
    expect(md).toContain('{+将做好中哈原油');
    const quotes = md.split('\n').filter((l) => l.startsWith('> ') && !l.startsWith('> —') && !l.startsWith('> ('));
    const citations = md.split('\n').filter((l) => l.startsWith('> — '));
    expect(citations.length).toBe(quotes.length);
  });

  test('CSV: one cited row per paragraph, readable as UTF-8', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('treaty-lens-compare-2005-07-04-2014-05-19.csv');
    const csv = await downloaded(download);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFtopic,side,document,date,paragraph,citation,evidence,text,paired with,difference');
    const p17 = lines.find((l) => l.startsWith('Energy,later,') && l.includes(',p17,'))!;
    expect(p17).toContain('《中华人民共和国和哈萨克斯坦共和国联合宣言》（2014-05-19），第17段');
  });
});

describe('a formula from its glossary entry', () => {
  test('"How this formula changed" shows each wording\'s first and last document and the changes', async () => {
    await panel.goto(env.browser.extensionUrl('sidepanel.html#entry=comprehensive-strategic-partnership'));
    await panel.getByRole('link', { name: 'How this formula changed' }).click();
    const history = panel.locator('.formula-history');
    await history.waitFor();
    expect(await history.locator('h4').textContent()).toBe('How 全面战略伙伴关系 changed');
    const terms = history.locator('.formula-terms > li');
    expect(await terms.evaluateAll((els) => els.map((e) => e.getAttribute('data-entry')))).toEqual([
      'strategic-partnership',
      'comprehensive-strategic-partnership',
      'permanent-comprehensive-strategic-partnership',
    ]);
    expect(await terms.first().locator('dd').first().textContent()).toContain('2005-07-04');
    const changes = await history.locator('.formula-change').allTextContents();
    expect(changes[0]).toBe('战略伙伴关系 → 全面战略伙伴关系');
    expect(changes.some((c) => c.endsWith('永久全面战略伙伴关系'))).toBe(true);
  });
});

describe('a saved page against a corpus document', () => {
  test('is classed, paired and diffed like a bundled document', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/energy.html'));
    await waitForVerdict(page);
    await page.bringToFront();
    energyTab = await env.browser.activeTabId();
    await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${energyTab}`));
    await panel.bringToFront();
    await panel.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.save-page button')?.disabled);
    await panel.getByRole('button', { name: 'Save this page to my corpus' }).click();
    const open = panel.locator('.save-status a');
    await open.waitFor({ timeout: 15_000 });
    const savedId = new URLSearchParams((await open.getAttribute('href'))!.slice(1)).get('doc')!;

    await panel.goto(env.browser.extensionUrl(`sidepanel.html#compare=${DECLARATION_2014},${savedId}`));
    const comparison = panel.locator('.comparison');
    await comparison.waitFor({ timeout: 20_000 });
    expect(await comparison.getAttribute('data-b')).toBe(savedId);
    const energy = topic('energy');
    // p1 is the page's headline (中哈能源合作座谈会…), p2 is classed by 全面战略伙伴关系 as political.
    expect(await energy.locator('.compare-col[data-side="b"] .compare-para').evaluateAll((els) => els.map((e) => e.getAttribute('data-para')))).toEqual(['p1', 'p3']);
    expect(await topic('political').locator('.compare-col[data-side="b"] .compare-para[data-para="p2"] .evidence').textContent()).toContain('全面战略伙伴关系');
    const pair = energy.locator(`[data-pair="p17-p3"]`);
    expect(await pair.locator('.diff').textContent()).toContain('中哈原油管道');
    expect(await pair.locator('ins').count()).toBeGreaterThan(0);
    expect(await topic('transport').locator('.compare-col[data-side="b"] .compare-para').getAttribute('data-para')).toBe('p4');
  });
});

describe('the page being read', () => {
  test('is offered in the picker and compared without being saved', async () => {
    await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${energyTab}#compare=${DECLARATION_2014}`));
    await panel.locator('#compare-doc-1').selectOption({ label: 'The page being read' });
    const comparison = panel.locator('.comparison');
    await comparison.waitFor({ timeout: 20_000 });
    expect(await comparison.getAttribute('data-b')).toBe('this-page');
    expect(new URLSearchParams(new URL(panel.url()).hash.slice(1)).get('compare')).toBe(`${DECLARATION_2014},this-page`);
    expect(await comparison.locator('h3').first().textContent()).toContain('中哈能源合作座谈会在阿斯塔纳举行');
    expect(await topic('energy').locator('[data-pair="p17-p3"] ins').count()).toBeGreaterThan(0);
  });
});

describe('in Chinese', () => {
  test('the view, its evidence, its diff labels and its export follow settings.language', async () => {
    await env.browser.setSettings({ language: 'zh' });
    await panel.goto(env.browser.extensionUrl(`sidepanel.html#compare=${STATEMENT_2005},${DECLARATION_2014}`));
    const energy = topic('energy');
    await energy.waitFor({ timeout: 20_000 });
    expect(await panel.locator('#compare-heading').textContent()).toBe('对比');
    expect(await energy.locator('h4').textContent()).toBe('能源');
    expect(await energy.locator('.compare-para[data-para="p17"] .evidence').textContent()).toMatch(/^归入“能源”：中哈原油管道/);
    expect(await energy.locator('[data-pair="p15-p17"] ins .diff-label').first().textContent()).toBe('增');
    expect(await panel.locator('.formula-history[data-family~="comprehensive-strategic-partnership"] h4').textContent()).toMatch(/^“.+”的提法演变$/);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出为 Markdown' }).click()]);
    expect((await downloaded(download)).split('\n')[0]).toMatch(/^# 对比：《/);
    await env.browser.setSettings({});
  });
});

describe('the full-tab page', () => {
  test('shows the same comparison at full width, its paragraph links opening the panel reader', async () => {
    const tab = await env.browser.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.goto(env.browser.extensionUrl(`compare.html#compare=${STATEMENT_2005},${DECLARATION_2014}`));
    const energy = tab.locator('.compare-topic[data-topic="energy"]');
    await energy.waitFor({ timeout: 20_000 });
    const col = await energy.locator('.compare-col[data-side="a"]').boundingBox();
    expect(col!.width).toBeGreaterThan(400);
    expect(await energy.locator('.compare-para[data-para="p15"] a.para-num').getAttribute('href')).toBe(`sidepanel.html#doc=${STATEMENT_2005}&p=p15`);
    await tab.close();
  });
});
