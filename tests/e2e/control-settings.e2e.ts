// Settings reach an open tab at once, without a reload: the popup's global switch, and the
// options page's categories, highlight style, card content, theme and language. The toolbar
// badge follows the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HIGHLIGHT_ENTRIES, highlightedTexts, hoverCica, inCard, inContentScript, openSample, setUp, tearDown, waitForVerdict, type Env } from './fixtures';

let env: Env;
let page: Page;
let options: Page;
let tabId: number;

/** Highlight name → number of ranges, from the content script's own list (registered or not). */
function highlightCounts(): Promise<Record<string, number>> {
  return inContentScript(page, `${HIGHLIGHT_ENTRIES}.reduce((counts, [n]) => ({ ...counts, [n]: (counts[n] ?? 0) + 1 }), {})`);
}

function badgeText(): Promise<string> {
  return env.browser.badgeText(tabId);
}

/** Ticks or unticks a choice on the options page, brought to the front as a user would
 * (a background tab's checks wait on throttled animation frames). */
async function choose(label: string, on = true): Promise<void> {
  await options.bringToFront();
  const choice = options.getByLabel(label, { exact: true });
  await (on ? choice.check() : choice.uncheck());
}

/** Opens the card of a standalone 亚信 and returns it. */
async function openCard() {
  await page.bringToFront();
  return hoverCica(page);
}

beforeAll(async () => {
  env = await setUp();
  ({ page, tabId } = await openSample(env));
  options = await env.browser.context.newPage();
  await options.goto(env.browser.extensionUrl('options.html'));
});
afterAll(() => tearDown(env));

describe('the popup', () => {
  test("the global switch turns the page off and on; the badge follows", async () => {
    const { terms } = await waitForVerdict(page, 'related');
    await expect.poll(badgeText).toBe(String(terms));
    const popup = await env.browser.context.newPage();
    await popup.goto(env.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByLabel('On everywhere').uncheck();
    await waitForVerdict(page, 'off');
    expect(await highlightedTexts(page)).toEqual([]);
    await expect.poll(badgeText).toBe('off');
    // The site's modes cannot be chosen while everything is off.
    expect(await popup.getByLabel('Never').isDisabled()).toBe(true);
    await popup.getByLabel('On everywhere').check();
    expect((await waitForVerdict(page, 'related')).terms).toBe(terms);
    await expect.poll(badgeText).toBe(String(terms));
    await popup.close();
  });
});

describe('the options page, with the page open in another tab', () => {
  test("hiding a category removes its highlights and its terms from the page's state", async () => {
    const before = await highlightCounts();
    // A place touching the term before it is drawn in place-next.
    const places = (counts: Record<string, number>) => (counts['treaty-lens-place'] ?? 0) + (counts['treaty-lens-place-next'] ?? 0);
    expect(places(before)).toBeGreaterThan(0);
    const total = Object.values(before).reduce((a, b) => a + b, 0);
    await options.getByRole('checkbox', { name: 'Place', exact: true }).uncheck();
    // The page is drawn again; the count it publishes at the end of the pass says when.
    await expect.poll(async () => (await waitForVerdict(page, 'related')).terms).toBe(total - places(before));
    expect(places(await highlightCounts())).toBe(0);
    expect((await highlightCounts())['treaty-lens-organization']).toBe(before['treaty-lens-organization']);
    await page.bringToFront();
    const state = await env.browser.pageState();
    expect(state.found.some((f) => f.category === 'place')).toBe(false);
    expect(state.terms).toBe(total - places(before));
    await expect.poll(badgeText).toBe(String(state.terms));
    await options.getByRole('checkbox', { name: 'Place', exact: true }).check();
    await expect.poll(async () => (await highlightCounts())['treaty-lens-place']).toBe(before['treaty-lens-place']);
  });

  test('the highlight style switches the highlights to that style', async () => {
    const before = await highlightCounts();
    await options.getByLabel('Underline only').check();
    await expect.poll(async () => (await highlightCounts())['treaty-lens-organization-underline']).toBe(before['treaty-lens-organization']);
    expect(Object.keys(await highlightCounts()).every((n) => n.endsWith('-underline'))).toBe(true);
    // The page draws them as underlines only: the manifest's stylesheet has the rules.
    const look = await page.evaluate(() => {
      const style = getComputedStyle(document.body, '::highlight(treaty-lens-place-underline)');
      return { line: style.textDecorationLine, background: style.backgroundColor };
    });
    expect(look).toEqual({ line: 'underline', background: 'rgba(0, 0, 0, 0)' });
    await options.getByLabel('Background and underline').check();
    await expect.poll(async () => (await highlightCounts())['treaty-lens-organization']).toBe(before['treaty-lens-organization']);
  });

  test('later occurrences can be marked lightly: each term\'s first stays in full', async () => {
    const names = async () => (await inContentScript<[string, unknown][]>(page, HIGHLIGHT_ENTRIES)).map(([name]) => name);
    await page.bringToFront();
    const { found, terms } = await env.browser.pageState();
    await choose('Mark later occurrences of a term lightly (a thin dotted line)');
    // One occurrence in full per term found on the page (亚信's first is its full name), the rest light.
    await expect.poll(async () => (await names()).filter((n) => n.includes('-later')).length).toBe(terms - found.length);
    expect((await names()).filter((n) => !n.includes('-later'))).toHaveLength(found.length);
    const look = await page.evaluate(() => getComputedStyle(document.body, '::highlight(treaty-lens-organization-later)').textDecorationStyle);
    expect(look).toBe('dotted');
    await choose('Mark later occurrences of a term lightly (a thin dotted line)', false);
    await expect.poll(async () => (await names()).filter((n) => n.includes('-later')).length).toBe(0);
  });

  test("the card's content follows the choices", async () => {
    await openCard();
    const count = (selector: string) => inCard<number>(page, `card.querySelectorAll(${JSON.stringify(selector)}).length`);
    await expect.poll(() => count('.pinyin')).toBe(1);
    // One line of definition in the compact card, both languages under More.
    expect(await count('.summary .line')).toBe(1);
    expect(await count('.more .definition')).toBe(2);
    await choose('Pinyin', false);
    await choose('Definition', false);
    await openCard();
    // Two separate saves: wait for both.
    await expect.poll(() => count('.pinyin, .line, .definition')).toBe(0);
    expect(await inCard<string>(page, `card.querySelector('.english').textContent`)).toContain('Conference on Interaction and Confidence Building Measures in Asia');
    await choose('Pinyin');
    await choose('Definition');
    await openCard();
    await expect.poll(() => count('.pinyin')).toBe(1);
  });

  test('the card shows the renderings the reader chose, in their order, and Copy takes them', async () => {
    const renderings = options.locator('fieldset.renderings');
    const tick = async (label: string, on = true) => {
      await options.bringToFront();
      const box = renderings.getByLabel(label, { exact: true });
      await (on ? box.check() : box.uncheck());
    };
    const lines = () => inCard<string[]>(page, `[...card.querySelectorAll('.summary .english, .summary .rendering')].map((e) => e.lang + ' ' + e.textContent)`);
    await tick('Automatic: Russian then English in the Russian interface, otherwise English', false);
    await tick('Kazakh');
    await tick('Russian');
    await openCard();
    await expect.poll(lines).toEqual([
      'en Conference on Interaction and Confidence Building Measures in Asia (CICA)',
      'kk Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес (АӨСШК)',
      'ru Совещание по взаимодействию и мерам доверия в Азии (СВМДА)',
    ]);
    // Russian moved up, English off: Russian first, then Kazakh.
    await options.bringToFront();
    await renderings.getByRole('button', { name: 'Move Russian up' }).click();
    await tick('English', false);
    await openCard();
    await expect.poll(lines).toEqual([
      'ru Совещание по взаимодействию и мерам доверия в Азии (СВМДА)',
      'kk Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес (АӨСШК)',
    ]);
    await tick('Automatic: Russian then English in the Russian interface, otherwise English');
    await openCard();
    await expect.poll(lines).toEqual(['en Conference on Interaction and Confidence Building Measures in Asia (CICA)']);
  });

  test("the card takes the chosen theme and the UI language's labels", async () => {
    await openCard();
    const category = () => inCard<string>(page, `card.querySelector('.category').textContent`);
    const className = () => inCard<string>(page, 'card.className');
    const background = () => inCard<string>(page, 'getComputedStyle(card).backgroundColor');
    expect(await category()).toBe('Organisation');
    await choose('Dark');
    await choose('中文');
    await expect.poll(() => className()).toBe('card dark');
    await expect.poll(() => category()).toBe('组织机构');
    expect(await background()).toBe('rgb(31, 37, 44)');
    expect(await inCard<string>(page, `card.querySelector('.corpus').textContent`)).toMatch(/^见于语料库/);
    // Theme and language only restyle the card: the highlights are not drawn again.
    expect((await highlightCounts())['treaty-lens-organization']).toBeGreaterThan(0);
    // The options page itself is now in Chinese.
    await choose('浅色');
    await expect.poll(() => className()).toBe('card light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    // Back to English by the language's own name, and to the system's theme.
    await choose('English');
    await choose('Automatic (the system’s)');
    await expect.poll(() => category()).toBe('Organisation');
    await expect.poll(() => className()).toBe('card');
  });
});
