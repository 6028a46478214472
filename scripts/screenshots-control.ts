// npx tsx scripts/screenshots-control.ts (after npm run build): saves docs/popup.png (the
// popup on the sample page) and docs/options.png (the options page with a few sites listed),
// for the README.
import { mkdirSync } from 'node:fs';
import { corpus } from '../lib/corpus/data';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import { launchWithExtension } from './harness/browser';
import { waitForVerdict } from './harness/page-probes';
import { sampleDocs } from './harness/sample-docs';
import { samplePageHtml } from './harness/sample-page';
import { servePages } from './harness/serve';

const server = await servePages(new Map([['/sample.html', { body: samplePageHtml(sampleDocs(corpus)) }]]));
const browser = await launchWithExtension();

/** A reader's settings worth showing: a few sites with their own modes, one category hidden. */
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: { 'www.fmprc.gov.cn': 'always', 'www.kazinform.kz': 'always', 'shop.example.com': 'never' },
  hiddenCategories: ['person'],
};

try {
  await browser.setSettings(settings);
  const page = await browser.context.newPage();
  await page.goto(server.url('/sample.html'));
  await waitForVerdict(page, 'related');
  const tabId = await browser.activeTabId();
  mkdirSync('docs', { recursive: true });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 320, height: 400 });
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByTestId('page-status').waitFor();
  await popup.locator('main.popup').screenshot({ path: 'docs/popup.png' });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 820, height: 900 });
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByRole('table').waitFor();
  await options.screenshot({ path: 'docs/options.png', fullPage: true });
  console.log('saved docs/popup.png and docs/options.png');
} finally {
  await browser.close();
  await server.close();
}
