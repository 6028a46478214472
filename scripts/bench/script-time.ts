// A cross-check on unrelatedPageMs: CDP's ScriptDuration counts all script the tab's renderer
// ran, in every world, including the evaluation of our bundle before the content script's
// 'start' mark, which no task measure can cover. The tab is not polled (our polling would
// count too): it is read a fixed time after load.
import type { BrowserContext } from 'playwright-core';
import { tabStateOf } from '../harness/page-states';

const SETTLE_MS = 1_500;

export interface ScriptTime {
  ms: number;
  /** The verdict the worker held by then (null without the extension). */
  verdict: string | null;
}

async function scriptTime(context: BrowserContext, url: string): Promise<ScriptTime> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = metrics.find((m) => m.name === 'ScriptDuration')?.value;
    if (seconds === undefined) throw new Error('CDP Performance.getMetrics reported no ScriptDuration');
    // Asked of the worker, not the tab, so the asking adds nothing to the tab's script time.
    const withExtension = context.serviceWorkers().some((w) => w.url().startsWith('chrome-extension://'));
    const verdict = withExtension ? ((await tabStateOf(page))?.verdict ?? null) : null;
    return { ms: seconds * 1000, verdict };
  } finally {
    await page.close();
  }
}

export async function scriptTimes(context: BrowserContext, url: string, runs: number): Promise<ScriptTime[]> {
  const out: ScriptTime[] = [];
  for (let i = 0; i < runs; i++) out.push(await scriptTime(context, url));
  return out;
}
