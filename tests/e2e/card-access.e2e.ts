// The card reached without a mouse hover: a tap on a touch screen, and in fullscreen,
// where only the fullscreen element's subtree is painted.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inContentScript, locateText, openSample, setUp, tearDown, waitForCard, waitForVerdict, type Env } from './fixtures';
import { FULLSCREEN, FULLSCREEN_SCRIPT } from './pages';

let env: Env;
beforeAll(async () => {
  env = await setUp({ '/fullscreen.html': FULLSCREEN, '/fullscreen.js': { body: FULLSCREEN_SCRIPT, type: 'text/javascript' } });
});
afterAll(() => tearDown(env));

test('a tap on a term opens its card at once', async () => {
  const { page } = await openSample(env);
  const { x, y } = await locateText(page, '称亚信）', '亚信');
  const cdp = await env.browser.context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const card = await waitForCard(page);
  expect(card.text).toContain('Conference on Interaction and Confidence Building Measures in Asia');
  await page.close();
});

test('in fullscreen the card is shown inside the fullscreen element', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url('/fullscreen.html'));
  await waitForVerdict(page, 'related');
  await page.click('#focus');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'reader');
  const { x, y } = await locateText(page, '托卡耶夫举行', '托卡耶夫');
  await page.mouse.move(x, y);
  const card = await waitForCard(page);
  expect(await inContentScript(page, `document.querySelector('treaty-lens-ui')?.parentElement?.id`)).toBe('reader');
  expect(card.text).toContain('Tokayev');
  await page.close();
});
