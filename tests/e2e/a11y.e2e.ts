// axe-core (injected by the test, never shipped) on every screen of the extension, light
// and dark: the popup (a related and an unrelated page), the options page, and every view
// of the side panel, and the open card (copied with its styles out of our closed shadow root,
// which axe cannot enter). Zero violations.
import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hoverCica, inContentScript, openSample, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

/** axe-core's own script, as its integrations inject it. */
const AXE_SOURCE = axe.source;
const ENCYCLOPEDIA = readFileSync('tests/fixtures/pages/unrelated/held-out-kazakhstan-encyclopedia-entry.html', 'utf8');
const DECLARATION_2014 = '2014-05-19-cn-kz-joint-declaration';
const STATEMENT_2005 = '2005-07-04-cn-kz-joint-statement-strategic-partnership';

let env: Env;
let page: Page;
let sampleTab: number;
let samplePage: Page;
let unrelatedTab: number;

beforeAll(async () => {
  env = await setUp({ '/encyclopedia.html': ENCYCLOPEDIA });
  ({ tabId: sampleTab, page: samplePage } = await openSample(env));
  const unrelated = await env.browser.context.newPage();
  await unrelated.goto(env.server.url('/encyclopedia.html'));
  await waitForVerdict(unrelated, 'unrelated');
  unrelatedTab = await env.browser.activeTabId();
  page = await env.browser.context.newPage();
});
afterAll(() => tearDown(env));

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string; summary: string }[];
}

/** Runs axe on the page as it is; every violation, with where it is and why. */
async function violations(): Promise<Violation[]> {
  // Evaluated through the debugging protocol: the page's CSP would refuse an inline script.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  });
}

interface View {
  name: string;
  open: () => Promise<void>;
}

const goto = async (path: string, ready: string) => {
  await page.goto(env.browser.extensionUrl(path));
  await page.locator(ready).first().waitFor();
};

const panelTab = (tab: string, ready: string) => async () => {
  await goto(`sidepanel.html?tab=${sampleTab}`, '.found-term');
  await page.getByRole('tab', { name: tab }).click();
  await page.locator(ready).first().waitFor();
};

const VIEWS: View[] = [
  {
    name: 'popup on a related page',
    open: async () => {
      await goto(`popup.html?tab=${sampleTab}`, '.popup .status');
      await page.getByText('Keyboard shortcuts').click();
    },
  },
  { name: 'popup on an unrelated page', open: () => goto(`popup.html?tab=${unrelatedTab}`, '.unrelated .reasons li') },
  { name: 'options', open: () => goto('options.html', '.shortcuts dt') },
  { name: 'panel: This page', open: () => goto(`sidepanel.html?tab=${sampleTab}`, '.related-doc') },
  { name: 'panel: Glossary', open: panelTab('Glossary', '.entry-list li') },
  {
    name: 'panel: search results',
    open: async () => {
      await goto(`sidepanel.html?tab=${sampleTab}`, '.found-term');
      await page.getByLabel('Search the corpus').fill('CICA');
      await page.locator('li.result').first().waitFor();
    },
  },
  { name: 'panel: reader', open: () => goto(`sidepanel.html#doc=${DECLARATION_2014}&p=p12`, '.para') },
  { name: 'panel: glossary entry', open: () => goto('sidepanel.html#entry=cica', '.entry .concordance a') },
  { name: 'panel: timeline', open: panelTab('Timeline', '.tl-item') },
  { name: 'panel: documents', open: panelTab('Documents', '.doc-link') },
  { name: 'panel: saved pages', open: panelTab('My pages', '.save-page button') },
  {
    name: 'panel: dictionary and word list',
    open: async () => {
      await panelTab('Dictionary', '#dict-input')();
      await page.getByLabel('Look up a word').fill('斡旋');
      await page.locator('.dict-word').first().waitFor();
      const save = page.getByRole('button', { name: 'Save 斡旋 to the word list' });
      // Saved already in the other colour scheme's run.
      if ((await save.count()) > 0) await save.click();
      await page.locator('.words li').first().waitFor();
    },
  },
  { name: 'panel: compare', open: () => goto(`sidepanel.html#compare=${DECLARATION_2014},${STATEMENT_2005}`, '.compare-topic') },
  { name: 'compare page', open: () => goto(`compare.html#compare=${DECLARATION_2014},${STATEMENT_2005}`, '.compare-topic') },
];

describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
  beforeAll(() => page.emulateMedia({ colorScheme }));

  test.each(VIEWS.map((v) => [v.name, v] as const))('%s: no violations', async (_name, view) => {
    await view.open();
    expect(await violations()).toEqual([]);
  });
});

/** The open card as markup and the styles of our shadow root, read in the content script's world. */
const CARD_COPY = `(() => {
  for (const el of document.documentElement.children) {
    if (!el.localName.startsWith('treaty-lens-ui')) continue;
    const root = chrome.dom.openOrClosedShadowRoot(el);
    const css = [...root.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n');
    const card = root.querySelector('.card').cloneNode(true);
    // More shown, as a reader who opened it sees the card.
    card.querySelector('.more')?.removeAttribute('hidden');
    return { html: card.outerHTML, css };
  }
  return null;
})()`;

describe.each(['light', 'dark'] as const)('the open card, %s', (theme) => {
  test('no violations, with More open', async () => {
    await env.browser.setSettings({ ...(await env.browser.settings()), theme });
    await samplePage.bringToFront();
    await hoverCica(samplePage);
    const copy = await inContentScript<{ html: string; css: string } | null>(samplePage, CARD_COPY);
    expect(copy?.html).toContain(theme);
    await page.setContent(`<!doctype html><html lang="en"><head><title>Card</title><style>${copy!.css}</style></head><body><main>${copy!.html}</main></body></html>`);
    expect(await violations()).toEqual([]);
  });
});
