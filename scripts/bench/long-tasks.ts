// Every long task (≥ 50 ms) of a tab, whoever caused it, from the page's own Long Tasks API:
// a cross-check on our instrumented tasks (rendering a million characters' highlights is
// work we cause that no task in our marks covers).
import type { Page } from 'playwright-core';

interface LongTask {
  start: number;
  duration: number;
}

type Recorder = { __benchLongTasks?: LongTask[] };

/** Call before navigation. A script string: tsx's name helper does not exist in the page. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(`{
    const tasks = (window.__benchLongTasks = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  }`);
}

/** Long tasks that began at or after `since` (page time, ms). */
export async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  const all = await page.evaluate(() => (window as unknown as Recorder).__benchLongTasks ?? []);
  return all.filter((t) => t.start >= since);
}
