// The same Chromium, flags and viewport as scripts/harness/browser.ts, without the extension: the
// baseline for the heap comparison.
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../harness/browser';

export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  return { context, close: () => browser.close() };
}
