// Hover intent read from the pointer's movement: a pointer sweeping across a line of terms
// opens no card; one that stops on a term opens its card at once, with no fixed delay.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openCard } from '../../scripts/harness/page-probes';
import { inContentScript, locateText, openSample, setUp, tearDown, waitForCard, type Env } from './fixtures';

let env: Env;
let page: Page;
beforeAll(async () => {
  env = await setUp();
  ({ page } = await openSample(env));
});
afterAll(() => tearDown(env));

const cardsShown = () => inContentScript<number>(page, 'globalThis.treatyLensPerfMarks.cards.length');

test('a pointer sweeping across a line of terms opens no card', async () => {
  await page.mouse.move(5, 5);
  const { y } = await locateText(page, '称亚信）', '亚信');
  const before = await cardsShown();
  // Across the whole line at about 2 px/ms, one movement a frame, off the text at the end. The
  // movements go out together with their own timestamps, so that a busy machine (slow round
  // trips between the test and the browser) does not turn the sweep into a pointer at rest.
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const moves = [];
  for (let x = 0, i = 0; x <= 1000; x += 32, i++) moves.push({ x, y, t: start + i * 0.016 });
  moves.push({ x: 1000, y: 5, t: start + moves.length * 0.016 });
  await Promise.all(moves.map(({ x, y, t }) => cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, timestamp: t })));
  await cdp.detach();
  await page.mouse.move(1000, 5);
  await page.waitForTimeout(400);
  expect(await cardsShown()).toBe(before);
  expect(await openCard(page)).toBeNull();
});

test('a pointer that slows onto a term opens its card', async () => {
  await page.mouse.move(5, 5);
  const { x, y } = await locateText(page, '称亚信）', '亚信');
  for (let dx = 12; dx >= 0; dx -= 2) {
    await page.mouse.move(x - dx, y);
    await page.waitForTimeout(16);
  }
  expect((await waitForCard(page)).text).toContain('亚信');
});
