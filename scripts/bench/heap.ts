// A tab's JavaScript heap after full collections. Runtime.getHeapUsage reports the renderer's
// V8 isolate, which holds every world of the page (the page's own and our content script's
// isolated world), so the difference between a tab with the extension and the same page in a
// browser without it is what our content script adds. Blink objects we create (Ranges, the
// Highlight registry, the card's DOM) live in the embedder (Oilpan) heap, reported apart.
import type { BrowserContext, Page } from 'playwright-core';

export interface HeapSample {
  usedBytes: number;
  embedderBytes: number;
}

interface HeapUsage {
  usedSize: number;
  embedderHeapUsedSize?: number;
}

export async function settledHeap(page: Page): Promise<HeapSample> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Several passes: a first collection can leave garbage that only the next one frees.
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
    return { usedBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize ?? 0 };
  } finally {
    await cdp.detach();
  }
}

/** Heap of fresh tabs on `url` in a browser without the extension, once loaded. */
export async function plainTabHeaps(context: BrowserContext, url: string, runs: number): Promise<HeapSample[]> {
  const out: HeapSample[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    out.push(await settledHeap(page));
    await page.close();
  }
  return out;
}
