// Hostile pages (hostile-pages.ts) in Firefox ESR. Each page's DOM is first recorded in a
// Firefox without Treaty Lens; then, with it installed, the page is annotated, a card opens
// from the keyboard, the DOM is the same but for our host element, nothing editable is highlighted, and the page's own probe and error log are
// clean. Turning a site off is tested in Chromium only (hostile.e2e.ts): the settings live
// in extension pages that WebDriver BiDi cannot open.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { installTreatyLens, launchFirefox } from '../../scripts/harness/firefox';
import { servePages, type PageServer } from '../../scripts/harness/serve';
import { annotated, FOCUS_IN_CARD, openPage, until } from './firefox-page';
import { hostilePages, OTHER_ORIGIN_PAGES } from './hostile-pages';

/** The pages whose DOM stands still once loaded, so that two loads can be compared. */
const PATHS = [
  '/hostile/csp.html',
  '/hostile/trusted-types.html',
  '/hostile/builtins.html',
  '/hostile/custom-element.html',
  '/hostile/deep.html',
  '/hostile/malformed.html',
  '/hostile/editable.html',
  '/hostile/shadow.html',
  '/hostile/document-write.html',
  '/hostile/rtl.html',
];

let main: PageServer;
let other: PageServer;
let firefox: Browser;
const baseline = new Map<string, string>();

// Page-world expressions that use no built-in a hostile page replaces (map, filter,
// appendChild, insertBefore, attachShadow, getComputedStyle, JSON.parse, MutationObserver).
const OUTER_HTML = 'document.documentElement.outerHTML';
const ERRORS = "window.__errors.join('\\n')";
const EDITABLE_HIGHLIGHTS = `(() => {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('treaty-lens-')) continue;
    for (const range of highlight) if (range.startContainer.parentElement?.closest('[contenteditable], textarea, input')) n++;
  }
  return n;
})()`;
const CALLS_TO_REPLACEMENTS = `(() => {
  let n = 0;
  for (const name in window.__calls) n += window.__calls[name];
  return n;
})()`;

/** The page's own DOM: our host element taken out. */
function pagesOwn(html: string): string {
  return html.replace(/<treaty-lens-ui(-[a-z0-9]+)?( [^>]*)?><\/treaty-lens-ui(-[a-z0-9]+)?>/g, '');
}

beforeAll(async () => {
  other = await servePages(new Map(Object.entries(OTHER_ORIGIN_PAGES)));
  main = await servePages(new Map(Object.entries(hostilePages(other.origin))));
  firefox = await launchFirefox();
  for (const path of PATHS) {
    const page = await openPage(firefox, main.url(path));
    baseline.set(path, (await page.evaluate(OUTER_HTML)) as string);
    await page.close();
  }
  await installTreatyLens(firefox);
});
afterAll(async () => {
  await firefox?.close();
  await main?.close();
  await other?.close();
});

for (const path of PATHS) {
  test(path, async () => {
    const page: Page = await openPage(firefox, main.url(path));
    try {
      expect(await annotated(page)).toBeGreaterThan(0);
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await page.keyboard.press('Enter');
      await until(page, FOCUS_IN_CARD, 10_000);
      await page.keyboard.press('Escape');
      await until(page, `!(${FOCUS_IN_CARD})`, 10_000);

      expect(await page.evaluate(EDITABLE_HIGHLIGHTS)).toBe(0);
      expect(pagesOwn((await page.evaluate(OUTER_HTML)) as string)).toBe(baseline.get(path));
      expect(await page.evaluate('window.__exercise()')).toBe('ok');
      expect(await page.evaluate(ERRORS)).toBe('');
      // Our content script never reached a replaced built-in (Firefox's Xray wrappers, like
      // Chromium's isolated world, keep the page's replacements out of our sight).
      if (path === '/hostile/builtins.html') expect(await page.evaluate(CALLS_TO_REPLACEMENTS)).toBe(0);
      if (path === '/hostile/custom-element.html') expect(await page.evaluate('window.__squatter.connected')).toBe(1);
    } finally {
      await page.close();
    }
  });
}
