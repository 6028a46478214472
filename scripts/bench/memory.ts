// Does the extension's heap stay flat on a long-lived tab? One tab on a single-page app is
// driven through cycles of an SPA navigation there and back plus a toggle of the site off
// and on; the tab's JS heap (after forced collections) is sampled after chosen cycles.
// Runtime.getHeapUsage reports the renderer's V8 isolate, which holds the page's world and
// our content script's isolated world: the page re-renders the same two views, so growth
// from one sample to the next is ours. Blink objects (Ranges, Highlights) are reported as
// the embedder heap.
//
//   import { measureMemoryCycles } from './bench/memory';
//   const { samples } = await measureMemoryCycles(browser, { url, otherPath: '/spa/weather' });
//
// `url` is an SPA page judged related that renders its view on popstate (as the end-to-end
// tests' SPA page does); `otherPath` is a view judged unrelated.
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { ExtensionBrowser } from '../harness/browser';
import { waitForVerdict } from '../harness/page-probes';
import { settledHeap, type HeapSample } from './heap';

export interface MemoryOptions {
  url: string;
  otherPath: string;
  /** Total cycles; default 50. */
  cycles?: number;
  /** Cycles after which to sample; default [10, cycles]. */
  sampleAfter?: number[];
}

export interface MemorySample extends HeapSample {
  cycle: number;
}

/** pushState + popstate, as a router does; the content script notices on the next mutation. */
function navigate(page: Page, path: string): Promise<void> {
  return page.evaluate((p) => {
    history.pushState({}, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

export async function measureMemoryCycles(browser: ExtensionBrowser, options: MemoryOptions): Promise<{ samples: MemorySample[] }> {
  const cycles = options.cycles ?? 50;
  const sampleAfter = new Set(options.sampleAfter ?? [10, cycles]);
  const home = new URL(options.url).pathname;
  const host = new URL(options.url).hostname;
  await browser.setSettings(DEFAULT_SETTINGS);
  const page = await browser.context.newPage();
  const samples: MemorySample[] = [];
  try {
    await page.goto(options.url);
    await waitForVerdict(page, 'related');
    for (let cycle = 1; cycle <= cycles; cycle++) {
      await navigate(page, options.otherPath);
      await waitForVerdict(page, 'unrelated');
      await navigate(page, home);
      await waitForVerdict(page, 'related');
      await browser.setSettings({ ...DEFAULT_SETTINGS, sites: { [host]: 'never' } });
      await waitForVerdict(page, 'off');
      await browser.setSettings(DEFAULT_SETTINGS);
      await waitForVerdict(page, 'related');
      if (sampleAfter.has(cycle)) samples.push({ cycle, ...(await settledHeap(page)) });
    }
  } finally {
    await page.close();
  }
  return { samples };
}
