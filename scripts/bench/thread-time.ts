// CPU time of a tab's renderer main thread, from CDP Performance.getMetrics' ThreadTime: the
// time the thread actually ran (idle waits and other processes excluded), so a busy shared
// machine disturbs it less than wall time. It counts every world of the page — the page's own
// script, our content script, style, layout and paint — which is why the benchmark compares it
// with the same page in a browser without the extension, in the same run.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

async function threadTimeMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((m) => m.name === 'ThreadTime')?.value;
  if (seconds === undefined) throw new Error('CDP Performance.getMetrics reported no ThreadTime');
  return seconds * 1000;
}

async function withMetrics<T>(page: Page, measure: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    return await measure(cdp);
  } finally {
    await cdp.detach();
  }
}

/**
 * Main-thread CPU of a fresh tab that loads `url`, read `settleMs` after its load event. The
 * whole renderer thread since the tab opened: what our content script costs before its first
 * mark (compiling the bundle, module set-up) counts too. The tab is not polled meanwhile
 * (reading our marks through CDP would run on that thread).
 */
export async function loadThreadTimes(context: BrowserContext, url: string, runs: number, settleMs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    try {
      out.push(
        await withMetrics(page, async (cdp) => {
          await page.goto(url, { waitUntil: 'load' });
          await page.waitForTimeout(settleMs);
          return threadTimeMs(cdp);
        }),
      );
    } finally {
      await page.close();
    }
  }
  return out;
}

/**
 * Main-thread CPU of one small DOM change, `changes` times on an open tab: a paragraph of
 * everyday text appended to the footer (outside the article), then two frames, so the
 * rendering update it causes is in the measure.
 */
export function domChangeThreadTimes(page: Page, changes: number): Promise<number[]> {
  return withMetrics(page, async (cdp) => {
    const out: number[] = [];
    for (let i = 0; i < changes; i++) {
      const before = await threadTimeMs(cdp);
      await page.evaluate(`new Promise((resolve) => {
        const note = document.createElement('span');
        note.textContent = ' 今天天气晴，午后有小雨，出门记得带伞。';
        (document.querySelector('footer') ?? document.body).append(note);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      })`);
      out.push((await threadTimeMs(cdp)) - before);
    }
    return out;
  });
}
