// The side panel's "This page" view against real pages in Chromium: the verdict and its
// reasons, the terms by category, the related corpus documents ranked with their shared
// terms, a term revealed in the page, the states where there is nothing to show, pushed
// page states, and the UI in Chinese. The panel is opened as a page pinned to a tab
// (?tab=ID); switching tabs is covered by switching that parameter here and by the unit
// tests of components/follow-tab.ts (a panel opened as a tab cannot follow "the active tab").
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reasonText } from '../../lib/detect/reason-text';
import { glossary } from '../../lib/glossary/data';
import type { PageState } from '../../lib/messaging/messages';
import { documentEntries } from '../../lib/related/document-entries';
import { rankRelated } from '../../lib/related/rank-related';
import { inContentScript, SAMPLE_DOC_IDS, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

const UNRELATED = readFileSync('tests/fixtures/pages/unrelated/recipe-braised-pork.html', 'utf8');

let env: Env;
let panel: Page;
let sample: Page;
let sampleTab: number;
let state: PageState;

/** Opens a page in a tab of its own; returns the tab's id. */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  if (url.startsWith('http')) await waitForVerdict(page);
  await page.bringToFront();
  return { page, tabId: await env.browser.activeTabId() };
}

async function openPanel(tabId: number): Promise<void> {
  await panel.goto(env.browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await panel.locator('.panel main').waitFor();
}

/** Fields left out take their defaults. */
const setSettings = (value: Record<string, unknown>) => env.browser.setSettings(value);

beforeAll(async () => {
  env = await setUp({ '/unrelated.html': UNRELATED });
  ({ page: sample, tabId: sampleTab } = await openTab(env.server.url('/sample.html')));
  await waitForVerdict(sample, 'related');
  state = await env.browser.pageState();
  panel = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

describe('a related page', () => {
  test('opens on This page with the verdict and every reason', async () => {
    await openPanel(sampleTab);
    expect(await panel.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    const verdict = panel.locator('.verdict[data-verdict="related"]');
    await verdict.waitFor();
    expect(await verdict.locator('.verdict-badge').textContent()).toBe('Related diplomatic text');
    expect(await verdict.locator('h3').textContent()).toContain(`score ${state.score.toFixed(2)}`);
    const english = state.reasons.map((r) => reasonText(r, 'en'));
    expect(await verdict.locator('.reasons li').allTextContents()).toEqual(english);
    expect(english.some((r) => r.startsWith('mentions Kazakhstan'))).toBe(true);
  });

  test('lists the terms found by category, with their counts', async () => {
    const total = state.found.reduce((n, t) => n + t.count, 0);
    expect(await panel.locator('#terms-heading').textContent()).toBe(`Terms on the page (${state.found.length}; ${total} in all)`);
    const sections = panel.locator('.page-terms section[data-category]');
    const categories = await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-category')!));
    expect(new Set(categories)).toEqual(new Set(state.found.map((t) => t.category)));
    for (const category of categories) {
      const section = panel.locator(`.page-terms section[data-category="${category}"]`);
      const expected = state.found.filter((t) => t.category === category);
      expect(await section.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-entry')))).toEqual(expected.map((t) => t.id));
      expect(await section.locator('.found-count').allTextContents()).toEqual(expected.map((t) => `×${t.count}`));
    }
    expect(await panel.locator('.page-terms section[data-category="organization"] h4').textContent()).toMatch(/^Organisations \(\d+\)$/);
  });

  test('ranks related corpus documents by shared terms and says which', async () => {
    const expected = rankRelated(state.found, documentEntries(glossary.entries)).slice(0, 5);
    const items = panel.locator('.related-doc');
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-doc')))).toEqual(expected.map((r) => r.docId));
    const scores = await items.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-score'))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The sample page is made of corpus documents: they come first.
    expect(SAMPLE_DOC_IDS).toContain(expected[0]!.docId);
    const term = (id: string) => glossary.entries.find((e) => e.id === id)!.term;
    expect(await items.first().locator('.why').textContent()).toBe(`Shared terms: ${expected[0]!.why.slice(0, 6).map(term).join('、')}`);
    await items.first().locator('a').click();
    await expect.poll(() => panel.locator('.reader').getAttribute('data-doc')).toBe(expected[0]!.docId);
  });

  test('a term’s button reveals it in the page', async () => {
    await openPanel(sampleTab);
    const current = () =>
      inContentScript<string[]>(sample, `[...(CSS.highlights.get('treaty-lens-current') ?? [])].map((r) => r.toString())`);
    expect(await current()).toEqual([]);
    const bottom = await sample.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    await panel.locator('.page-terms li[data-entry="cica"] button').click();
    // The page answered (the status is set only then) and scrolled up to the first 亚信.
    // The flash itself lasts 1.5 s, too short to assert on a loaded machine.
    await expect.poll(() => panel.locator('.reveal-status').textContent()).toBe('亚信 is shown on the page.');
    await expect.poll(() => sample.evaluate(() => window.scrollY)).toBeLessThan(bottom);
  });
});

describe('following a tab', () => {
  test('another ?tab shows that tab’s page: an unrelated one', async () => {
    const { tabId } = await openTab(env.server.url('/unrelated.html'));
    await openPanel(tabId);
    const verdict = panel.locator('.verdict[data-verdict="unrelated"]');
    await verdict.waitFor();
    expect(await verdict.locator('.verdict-badge').textContent()).toBe('Not a related text');
    expect(await verdict.textContent()).toContain('choose “Always” in the toolbar popup');
    expect(await panel.locator('.page-terms').count()).toBe(0);
    expect(await panel.locator('.related-docs').count()).toBe(0);
    await openPanel(sampleTab);
    await panel.locator('.verdict[data-verdict="related"]').waitFor();
  });

  test('takes the state the page pushes when it changes', async () => {
    await openPanel(sampleTab);
    await panel.locator('.page-terms').waitFor();
    // The panel does not re-ask on a settings change: what it shows comes from the page's message.
    await setSettings({ sites: { '127.0.0.1': 'never' } });
    const notice = panel.locator('.page-notice[data-state="off"]');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Treaty Lens is off on 127.0.0.1. The toolbar popup switches it on for this site.');
    await setSettings({ enabled: false });
    await expect.poll(() => notice.textContent()).toBe('Treaty Lens is switched off everywhere. Switch it on in the toolbar popup.');
    await setSettings({});
    await panel.locator('.verdict[data-verdict="related"]').waitFor();
    await panel.locator('.page-terms li').first().waitFor();
  });
});

describe('nothing to show', () => {
  test('a page where the extension does not run', async () => {
    const { tabId } = await openTab('about:blank');
    await openPanel(tabId);
    // The panel opens on the corpus instead; This page says why.
    expect(await panel.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    await panel.getByRole('tab', { name: 'This page' }).click();
    expect(await panel.locator('.page-notice[data-state="unreachable"]').textContent()).toContain('Treaty Lens does not run on this page');
  });

  test('a tab that is gone', async () => {
    await openPanel(999_999);
    await panel.getByRole('tab', { name: 'This page' }).click();
    expect(await panel.locator('.page-notice[data-state="no-tab"]').textContent()).toBe('No page is open in this window.');
  });
});

describe('in Chinese', () => {
  test('the view, the verdict and its reasons follow settings.language', async () => {
    await openPanel(sampleTab);
    await panel.locator('.verdict[data-verdict="related"]').waitFor();
    await setSettings({ language: 'zh' });
    await expect.poll(() => panel.getByRole('tab', { selected: true }).textContent()).toBe('本页');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await panel.locator('.verdict-badge').textContent()).toBe('相关外交文本');
    const reasons = await panel.locator('.reasons li').allTextContents();
    expect(reasons).toHaveLength(state.reasons.length);
    expect(reasons.some((r) => /^提及哈萨克斯坦 \d+ 次$/.test(r))).toBe(true);
    for (const r of reasons) expect(r).not.toMatch(/^[a-z]/);
    expect(await panel.locator('#related-heading').textContent()).toBe('语料库中的相关文献');
    expect(await panel.locator('.page-terms section[data-category="organization"] h4').textContent()).toMatch(/^组织机构 \(\d+\)$/);
    expect(await panel.getByRole('button', { name: '将本页存入我的语料库' }).count()).toBe(1);
    expect(await panel.getByLabel('搜索语料库').count()).toBe(1);
    await setSettings({});
    await expect.poll(() => panel.getByRole('tab', { selected: true }).textContent()).toBe('This page');
  });
});
