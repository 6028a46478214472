// npx tsx scripts/screenshots.ts (after npm run build): PNGs of the side panel's views for
// the README — This page (on the sample page), a glossary entry, search results and the
// timeline, and This page in Chinese — in a 400×900 panel-sized viewport, the panel opened as a page pinned to the
// sample page's tab.
import { mkdirSync } from 'node:fs';
import { corpus } from '../lib/corpus/data';
import { launchWithExtension } from './harness/browser';
import { waitForVerdict } from './harness/page-probes';
import { sampleDocs } from './harness/sample-docs';
import { samplePageHtml } from './harness/sample-page';
import { servePages } from './harness/serve';

const OUT = 'docs';
const server = await servePages(new Map([['/sample.html', { body: samplePageHtml(sampleDocs(corpus)) }]]));
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('/sample.html'));
  await waitForVerdict(page, 'related');
  await page.bringToFront();
  const tabId = await browser.activeTabId();

  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  const base = browser.extensionUrl(`sidepanel.html?tab=${tabId}`);
  const shoot = async (name: string) => {
    await panel.evaluate(() => document.fonts.ready);
    await panel.screenshot({ path: `${OUT}/panel-${name}.png` });
    console.log(`${OUT}/panel-${name}.png`);
  };
  mkdirSync(OUT, { recursive: true });

  await panel.goto(base);
  await panel.locator('.related-doc').first().waitFor();
  await shoot('this-page');

  await panel.goto(`${base}#entry=comprehensive-strategic-partnership`);
  await panel.locator('.concordance').waitFor();
  await shoot('glossary-entry');

  await panel.goto(base);
  await panel.locator('#search-input').fill('亚信');
  await panel.locator('li.result').first().waitFor();
  await shoot('search');

  await panel.goto(base);
  await panel.locator('[role="tab"]#tab-timeline').click();
  await panel.locator('.tl-year').first().waitFor();
  await shoot('timeline');

  // The same first view in Chinese, as settings.language = 'zh' gives it.
  await browser.setSettings({ language: 'zh' });
  await panel.goto(base);
  await panel.locator('.related-doc').first().waitFor();
  await shoot('this-page-zh');
} finally {
  await browser.close();
  await server.close();
}
