// The card as a reader meets it (issue 12): compact, beside the line being read (by the line
// under the pointer when a term wraps), within a small screen, following its term on scroll;
// closed or pinned by touch; reached, kept and left by the keyboard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { corpus } from '../../lib/corpus/data';
import { glossary } from '../../lib/glossary/data';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { OUR_ROOT } from '../../scripts/harness/page-probes';
import { inCard, inContentScript, locateText, setUp, tearDown, waitForCard, waitForVerdict, type Env } from './fixtures';
import { ARTICLE, CARD_PAGE, page as html, TRADITIONAL_PAGE } from './pages';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The newest corpus paragraph that names 上海合作组织, as a page of its own: not one of the three oldest. */
const NEWEST_SCO = (() => {
  const sco = glossary.entries.find((e) => e.id === 'sco')!;
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
  const newest = sco.occurrences.filter((o) => doc(o.docId).paragraphs.find((p) => p.id === o.paraId)!.text.includes('上海合作组织')).sort((a, b) => doc(b.docId).date.localeCompare(doc(a.docId).date))[0]!;
  const text = doc(newest.docId).paragraphs.find((p) => p.id === newest.paraId)!.text;
  return { ...newest, page: html(doc(newest.docId).title, `<main><p>${text}</p></main>`) };
})();

/** An entry whose English has no official source (taken from the data, which changes), alone after a related article. */
const UNVERIFIED = (() => {
  const entry = glossary.entries.find((e) => !e.englishVerified && !glossary.matcher.contexts[e.id] && e.term.length >= 2)!;
  return { entry, page: html('中哈元首会谈纪要', `<main><p>${ARTICLE}</p><p id="flagged" style="font-size: 24px">${entry.term}。</p></main>`) };
})();

let env: Env;
beforeAll(async () => {
  env = await setUp({ '/card.html': CARD_PAGE, '/traditional.html': TRADITIONAL_PAGE, '/corpus-doc.html': NEWEST_SCO.page, '/unverified.html': UNVERIFIED.page });
});
afterAll(() => tearDown(env));

async function open(width = 1280, height = 860, path = '/card.html'): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(env.server.url(path));
  await waitForVerdict(page, 'related');
  return page;
}

/** The line boxes of `word` in the element `selector` (its first text node), top to bottom. */
function lines(page: Page, selector: string, word: string): Promise<Box[]> {
  return page.evaluate(
    ([selector, word]) => {
      const node = document.querySelector(selector)!.firstChild as Text;
      const range = document.createRange();
      const at = node.data.indexOf(word);
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const out: Box[] = [];
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const line = out.find((l) => r.top + r.height / 2 > l.top && r.top + r.height / 2 < l.bottom);
        if (line) line.right = Math.max(line.right, r.right);
        else out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      return out;
    },
    [selector, word] as const,
  );
}

const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

/** The open card lies beside `line` (below or above it, within 16 px) and does not cover it. */
function besideLine(card: { y: number; height: number }, line: Box): boolean {
  const below = card.y >= line.bottom && card.y - line.bottom <= 16;
  const above = card.y + card.height <= line.top && line.top - (card.y + card.height) <= 16;
  return below || above;
}

/** Centre of an element of the open card, for a real (trusted) click or tap. */
/** Where to click an element of the card, scrolled into view in the card's body first, as a reader would. */
function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return inCard(page, `(() => { const e = card.querySelector(${JSON.stringify(selector)}); e.scrollIntoView({ block: 'nearest' }); const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
}

async function hover(page: Page, point: { x: number; y: number }) {
  await page.mouse.move(5, 5);
  await page.mouse.move(point.x, point.y);
  return waitForCard(page);
}

test('the card is compact: term, pinyin, English and one line; More shows the rest', async () => {
  const page = await open();
  const card = await hover(page, await locateText(page, '和亚信框架', '亚信'));
  expect(card.text).toContain('Conference on Interaction and Confidence Building Measures in Asia');
  expect(card.text).toMatch(/Yà\s*xìn/i);
  // Compact: one line of definition, the corpus links and full definitions behind More.
  expect(await inCard(page, `card.querySelector('.more-toggle').getAttribute('aria-expanded')`)).toBe('false');
  expect(await inCard(page, `[...card.querySelectorAll('a')].filter((a) => a.getClientRects().length > 0).length`)).toBe(0);
  expect(await inCard(page, `card.querySelector('.summary .line').getClientRects().length`)).toBe(1);
  expect(card.height).toBeLessThan(150);

  const more = await centreOf(page, '.more-toggle');
  await page.mouse.click(more.x, more.y);
  await expect.poll(() => inCard(page, `card.querySelector('.more-toggle').getAttribute('aria-expanded')`)).toBe('true');
  expect(await inCard(page, `[...card.querySelectorAll('a')].filter((a) => a.getClientRects().length > 0).length`)).toBeGreaterThan(0);
  expect((await waitForCard(page)).height).toBeGreaterThan(card.height);
  await page.close();
});

test('the card sits beside the line being read: for a wrapped term, the line under the pointer', async () => {
  const page = await open();
  const wrapped = await lines(page, '#wrap', '上海合作组织');
  expect(wrapped).toHaveLength(2);
  for (const line of [wrapped[1]!, wrapped[0]!]) {
    const card = await hover(page, centre(line));
    expect(besideLine(card, line), JSON.stringify({ card, line })).toBe(true);
  }
  await page.close();
});

test('at 640 × 430 (200 % zoom) the card stays on screen and its body scrolls to its last link', async () => {
  const page = await open(640, 430);
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  const more = await centreOf(page, '.more-toggle');
  await page.mouse.click(more.x, more.y);
  await expect.poll(() => inCard(page, `card.querySelector('.more-toggle').getAttribute('aria-expanded')`)).toBe('true');
  const card = await waitForCard(page);
  expect(card.y).toBeGreaterThanOrEqual(0);
  expect(card.y + card.height).toBeLessThanOrEqual(430);
  expect(card.x + card.width).toBeLessThanOrEqual(640);
  const line = (await lines(page, 'main > p:nth-of-type(3)', '亚信'))[0]!;
  expect(besideLine(card, line)).toBe(true);
  // Capped: the body scrolls, and its last link can be brought into view and is on screen.
  expect(await inCard(page, `card.querySelector('.body').scrollHeight > card.querySelector('.body').clientHeight`)).toBe(true);
  const last = await inCard<Box>(
    page,
    `(() => { const links = card.querySelectorAll('a'); const a = links[links.length - 1]; a.scrollIntoView({ block: 'nearest' }); const r = a.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; })()`,
  );
  expect(last.top).toBeGreaterThanOrEqual(card.y);
  expect(last.bottom).toBeLessThanOrEqual(card.y + card.height);
  await page.close();
});

test('after a scroll the card follows its term, and closes when the term leaves the screen', async () => {
  const page = await open();
  const before = await hover(page, await locateText(page, '和亚信框架', '亚信'));
  await page.evaluate(() => window.scrollBy(0, 120));
  await expect.poll(async () => Math.round((await waitForCard(page)).y)).toBe(Math.round(before.y - 120));
  const line = (await lines(page, 'main > p:nth-of-type(3)', '亚信'))[0]!;
  expect(besideLine(await waitForCard(page), line)).toBe(true);
  await page.evaluate(() => window.scrollBy(0, 2000));
  await waitForCard(page, false);
  await page.close();
});

async function tap(page: Page, point: { x: number; y: number }) {
  const cdp = await env.browser.context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('touch: the close button closes; a pinned card stays open while scrolling, moves by its head, and closes', async () => {
  const page = await open();
  const term = await locateText(page, '和亚信框架', '亚信');
  await tap(page, term);
  await waitForCard(page);
  await tap(page, await centreOf(page, '.close'));
  await waitForCard(page, false);

  await tap(page, term);
  await waitForCard(page);
  await tap(page, await centreOf(page, '.pin'));
  await expect.poll(() => inCard(page, `card.querySelector('.pin').getAttribute('aria-pressed')`)).toBe('true');
  const pinned = await waitForCard(page);
  await page.evaluate(() => window.scrollBy(0, 2000));
  // Away from any term, past the hover's grace period: still open, still in place.
  await page.mouse.move(5, 5);
  await new Promise((r) => setTimeout(r, 600));
  const after = await waitForCard(page);
  expect([after.x, after.y]).toEqual([pinned.x, pinned.y]);

  // Dragged by its head (its blank part, right of the title).
  const head = await inCard<{ x: number; y: number }>(page, `(() => { const r = card.querySelector('.pin').getBoundingClientRect(); return { x: r.left - 4, y: r.top + r.height / 2 }; })()`);
  await page.mouse.move(head.x, head.y);
  await page.mouse.down();
  await page.mouse.move(head.x - 100, head.y + 60, { steps: 5 });
  await page.mouse.up();
  const moved = await waitForCard(page);
  expect(Math.round(moved.x - pinned.x)).toBe(-100);
  expect(Math.round(moved.y - pinned.y)).toBe(60);

  await tap(page, await centreOf(page, '.close'));
  await waitForCard(page, false);
  await page.close();
});

const announced = (page: Page) => inContentScript<string>(page, `${OUR_ROOT}.querySelector('[role="status"]').textContent`);
/** What has focus inside our closed root (its class, or its label for a link). */
const focusedInCard = (page: Page) =>
  inContentScript<string | null>(page, `(() => { const a = ${OUR_ROOT}.activeElement; return a ? a.className || a.localName : null; })()`);

test('keyboard: from a focused link, a step then Enter opens the card, Tab stays in it, M shows more, Esc returns focus to the link', async () => {
  const page = await open();
  await page.focus('#link');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => announced(page)).toMatch(/Term 1 of \d+/);
  await page.keyboard.press('Enter');
  const card = await waitForCard(page);
  expect(card.text).toContain('上海合作组织');
  // The link was not followed: that Enter was ours.
  expect(await page.evaluate(() => location.hash)).toBe('');
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('treaty-lens-ui');
  expect(await announced(page)).toMatch(/Card for 上海合作组织/);
  // The wrapped term's card from the keyboard goes by its first line.
  const wrapped = await lines(page, '#wrap', '上海合作组织');
  expect(besideLine(card, wrapped[0]!)).toBe(true);

  const seen = new Set<string | null>();
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('treaty-lens-ui');
    const focused = await focusedInCard(page);
    seen.add(focused);
    // The live region says what has focus.
    const label = await inContentScript<string>(page, `${OUR_ROOT}.activeElement.getAttribute('aria-label') ?? ${OUR_ROOT}.activeElement.textContent`);
    expect(await announced(page)).toBe(label);
  }
  expect(seen).toEqual(new Set(['pin', 'close', 'more-toggle', 'copy', 'save']));

  await page.keyboard.press('m');
  await expect.poll(() => inCard(page, `card.querySelector('.more-toggle').getAttribute('aria-expanded')`)).toBe('true');
  await page.keyboard.press('Escape');
  await waitForCard(page, false);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');

  // An Enter that does not follow a step is the link's own.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#followed');
  await page.close();
});

test('the term as the page writes it, with the simplified form beside it', async () => {
  const page = await open(1280, 860, '/traditional.html');
  await hover(page, await locateText(page, '打擊三股勢力', '三股勢力'));
  expect(await inCard(page, `card.querySelector('.term').textContent`)).toBe('三股勢力');
  expect(await inCard(page, `card.querySelector('.simplified').textContent`)).toBe('三股势力');
  await page.close();
});

test('an unverified English rendering is flagged on the card, with why', async () => {
  const page = await open(1280, 860, '/unverified.html');
  const { term, english } = UNVERIFIED.entry;
  await hover(page, await locateText(page, `${term}。`, term));
  expect(await inCard(page, `card.querySelector('.english')?.textContent`)).toContain(english);
  expect(await inCard(page, `card.querySelector('.unverified')?.textContent`)).toBe('unverified rendering');
  expect(await inCard(page, `card.querySelector('.unverified').title`)).toMatch(/No official English text/);
  // Its explanation is what a screen reader hears with it.
  expect(await inCard(page, `card.querySelector('#' + card.querySelector('.unverified').getAttribute('aria-describedby')).textContent`)).toMatch(/No official English text/);
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  expect(await inCard(page, `card.querySelector('.unverified')`)).toBeNull();
  await page.close();
});

test('Copy puts the entry and a citation of the page on the clipboard, in one action', async () => {
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url('/').replace(/\/$/, '') });
  const page = await open();
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  const copy = await centreOf(page, '.copy');
  await page.mouse.click(copy.x, copy.y);
  await expect.poll(() => announced(page)).toMatch(/^Copied/);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const [entry, source, citation] = text.split('\n');
  expect(entry).toMatch(/^亚信 Yà\s*xìn — .*CICA/);
  expect(source).toMatch(/^English: \S/);
  expect(citation).toBe(`《中哈元首会谈纪要》（访问于 ${new Date().toISOString().slice(0, 10)}），127.0.0.1，${env.server.url('/card.html')}`);
  await page.close();
});

test('in the Chinese interface the Chinese definition comes first', async () => {
  await env.browser.setSettings({ ...DEFAULT_SETTINGS, language: 'zh' });
  try {
    const page = await open();
    await hover(page, await locateText(page, '和亚信框架', '亚信'));
    expect(await inCard(page, `card.querySelector('.summary .line').lang`)).toBe('zh-CN');
    expect(await inCard(page, `card.querySelector('.more .definition').lang`)).toBe('zh-CN');
    expect(await inCard(page, `card.querySelector('.more-toggle').textContent`)).toBe('更多');
    await page.close();
  } finally {
    await env.browser.setSettings(DEFAULT_SETTINGS);
  }
  const page = await open();
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  expect(await inCard(page, `card.querySelector('.summary .line').lang`)).toBe('en');
  await page.close();
});

/** Opens the card's More (a real click) and waits for it. */
async function showMore(page: Page): Promise<void> {
  const more = await centreOf(page, '.more-toggle');
  await page.mouse.click(more.x, more.y);
  await expect.poll(() => inCard(page, `card.querySelector('.more-toggle').getAttribute('aria-expanded')`)).toBe('true');
}

/** Centre of the card's related-term button with this text. */
function relatedTerm(page: Page, term: string): Promise<{ x: number; y: number }> {
  return inCard(
    page,
    `(() => { const b = [...card.querySelectorAll('.related-term')].find((b) => b.textContent === ${JSON.stringify(term)}); b.scrollIntoView({ block: 'nearest' }); const r = b.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
  );
}

test("the card's link opens the term's glossary entry in the side panel (already open)", async () => {
  const panel = await env.browser.context.newPage();
  await panel.goto(env.browser.extensionUrl('sidepanel.html'));
  const page = await open();
  await page.bringToFront();
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  await showMore(page);
  const link = await centreOf(page, '.entry-link');
  await page.mouse.click(link.x, link.y);
  await expect.poll(() => env.browser.sessionValue('panelTarget')).toMatchObject({ entryId: 'cica' });
  await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#entry=cica');
  await expect.poll(() => panel.locator('body').textContent()).toContain('Conference on Interaction and Confidence Building Measures in Asia');
  await panel.close();
  await page.close();
});

test("a formula's card links to how it changed (the Compare view); an organisation's card does not", async () => {
  const panel = await env.browser.context.newPage();
  await panel.goto(env.browser.extensionUrl('sidepanel.html'));
  const page = await open();
  await page.bringToFront();
  await hover(page, await locateText(page, '深化中哈永久全面战略伙伴关系', '战略'));
  await showMore(page);
  const link = await centreOf(page, '.formula-link');
  await page.mouse.click(link.x, link.y);
  await expect.poll(() => env.browser.sessionValue('panelTarget')).toMatchObject({ entryId: 'permanent-comprehensive-strategic-partnership', view: 'formula' });
  await expect.poll(() => panel.evaluate(() => location.hash)).toBe('#formula=permanent-comprehensive-strategic-partnership');
  await expect.poll(() => panel.locator('body').textContent()).toContain('全面战略伙伴关系');

  await page.bringToFront();
  await page.mouse.move(5, 5);
  await waitForCard(page, false);
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  await showMore(page);
  expect(await inCard(page, `card.querySelectorAll('.formula-link').length`)).toBe(0);
  await panel.close();
  await page.close();
});

test("In the corpus puts the page's own corpus paragraph first, not the oldest ones", async () => {
  const page = await open(1280, 860, '/corpus-doc.html');
  await hover(page, await locateText(page, '上海合作组织', '合作'));
  await showMore(page);
  await expect
    .poll(() => inCard(page, `[...card.querySelectorAll('.corpus a')].map((a) => a.dataset.doc + '#' + a.dataset.para)[0]`))
    .toBe(`${NEWEST_SCO.docId}#${NEWEST_SCO.paraId}`);
  await page.close();
});

test('a related term on the page opens its own card; one not on the page opens its entry in the panel', async () => {
  const page = await open();
  await hover(page, await locateText(page, '和亚信框架', '亚信'));
  await showMore(page);
  const sco = await relatedTerm(page, '上海合作组织');
  await page.mouse.click(sco.x, sco.y);
  await expect.poll(() => inCard(page, `card.querySelector('.term').textContent`)).toBe('上海合作组织');
  expect((await waitForCard(page)).text).toContain('Shanghai Cooperation Organization');

  await showMore(page);
  const five = await relatedTerm(page, '上海五国');
  await page.mouse.click(five.x, five.y);
  await expect.poll(async () => ((await env.browser.sessionValue('panelTarget')) as { entryId?: string } | undefined)?.entryId).toMatch(/\S/);
  expect(((await env.browser.sessionValue('panelTarget')) as { entryId: string }).entryId).not.toBe('sco');
  for (const extra of env.browser.context.pages()) if (extra !== page && extra.url().includes('sidepanel.html')) await extra.close();
  await page.close();
});
