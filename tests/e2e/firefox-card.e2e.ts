// The card and the keyboard in Firefox (issue 12). Our shadow root is closed and WebDriver
// BiDi's page scripts cannot enter it, so these checks go by what the page can see: where
// our host is on screen (elementFromPoint) and where focus is.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/harness/firefox';
import { servePages, type PageServer } from '../../scripts/harness/serve';
import { annotated, FOCUS_IN_CARD, openPage, until } from './firefox-page';
import { CARD_PAGE } from './pages';

let server: PageServer;
let firefox: Browser;

beforeAll(async () => {
  server = await servePages(new Map([['/card.html', { body: CARD_PAGE }]]));
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await openPage(firefox, server.url('/card.html'));
  await annotated(page);
  return page;
}

/** The line boxes of 上海合作组织 in #wrap, which wraps over two lines. */
const WRAPPED_LINES = `(() => {
  const node = document.querySelector('#wrap').firstChild;
  const at = node.data.indexOf('上海合作组织');
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + 6);
  const out = [];
  for (const r of range.getClientRects()) {
    const line = out.find((l) => r.top + r.height / 2 > l.top && r.top + r.height / 2 < l.bottom);
    if (line) line.right = Math.max(line.right, r.right);
    else if (r.width > 0) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return out;
})()`;

type Line = { left: number; top: number; right: number; bottom: number };

/** Our host is found just below or just above the line (the card's side), and not on the line itself. */
const cardBeside = (line: Line) => {
  const x = line.left + 4;
  return `(() => {
    const ours = (y) => document.elementFromPoint(${x}, y)?.localName.startsWith('treaty-lens-ui') ?? false;
    return !ours(${(line.top + line.bottom) / 2}) && (ours(${line.bottom + 12}) || ours(${line.top - 12}));
  })()`;
};

/** Our host anywhere on screen (a grid of points). */
const CARD_ON_SCREEN = `(() => {
  for (let x = 10; x < innerWidth; x += 40) for (let y = 10; y < innerHeight; y += 20) {
    if (document.elementFromPoint(x, y)?.localName.startsWith('treaty-lens-ui')) return true;
  }
  return false;
})()`;

async function step(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

test('a wrapped term: the card is beside the line under the pointer, follows on scroll and closes off screen', async () => {
  const page = await open();
  await page.evaluate(`document.querySelector('#wrap').scrollIntoView({ block: 'center' })`);
  const lines = (await page.evaluate(WRAPPED_LINES)) as Line[];
  expect(lines).toHaveLength(2);
  const second = lines[1]!;
  await page.mouse.move(5, 5);
  await page.mouse.move(second.left + 10, (second.top + second.bottom) / 2);
  expect(await until<boolean>(page, cardBeside(second), 10_000)).toBe(true);

  await page.evaluate('window.scrollBy(0, 120)');
  const moved = (await page.evaluate(WRAPPED_LINES)) as Line[];
  expect(moved[1]!.top).toBeCloseTo(second.top - 120, 0);
  expect(await until<boolean>(page, cardBeside(moved[1]!), 10_000)).toBe(true);

  await page.evaluate('window.scrollBy(0, 2000)');
  expect(await until<boolean>(page, `!${CARD_ON_SCREEN}`, 10_000)).toBe(true);
  await page.close();
});

test('keyboard: from a focused link, a step then Enter opens the card, Tab stays in it, Esc returns focus to the link', async () => {
  const page = await open();
  await page.focus('#link');
  await step(page);
  await page.keyboard.press('Enter');
  await until(page, FOCUS_IN_CARD, 10_000);
  expect(await page.evaluate('location.hash')).toBe('');
  // From the keyboard the wrapped term's card goes by its first line.
  const lines = (await page.evaluate(WRAPPED_LINES)) as Line[];
  expect(await until<boolean>(page, cardBeside(lines[0]!), 10_000)).toBe(true);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(FOCUS_IN_CARD)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await until(page, `!(${FOCUS_IN_CARD})`, 10_000);
  expect(await page.evaluate('document.activeElement?.id')).toBe('link');
  expect(await until<boolean>(page, `!${CARD_ON_SCREEN}`, 10_000)).toBe(true);
  await page.close();
});
