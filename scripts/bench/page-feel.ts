// Does the page feel us? The same scenarios run in the browser with the extension and in the
// one without it, on fresh tabs, so that every ratio compares two measures of one run: a CSS
// animation's frames, the page's own timer beside a huge text node or a block that keeps
// changing, and the main-thread cost of one small DOM change on the 1,000,000-character page.
import type { BrowserContext, Page } from 'playwright-core';
import { loadPage } from './page-load';
import { contentMarks, taskStats } from './perf-marks';
import { AFTER_MUTATION_MS } from './stress-pages';
import { domChangeThreadTimes } from './thread-time';

/** Opens fresh tabs in one of the two browsers. */
export interface Tabs {
  /** A fresh tab on `url`, once the extension (if any) has annotated it and gone quiet. */
  open(url: string, timeoutMs: number): Promise<Page>;
  /** Our longest task and their sum on the tab so far; undefined without the extension. */
  ourTasks(page: Page): Promise<{ maxMs: number; sumMs: number; count: number } | undefined>;
}

/** A page is done with us once no task of ours has been recorded for this long. */
const QUIET_MS = 1_000;
const POLL_MS = 250;

async function ourTasks(page: Page) {
  const { maxMs, sumMs, count } = taskStats(await contentMarks(page));
  return { maxMs, sumMs, count };
}

/** Waits until our task count has not moved for QUIET_MS (a pass may wait on the worker between tasks). */
async function untilQuiet(page: Page, deadline: number): Promise<void> {
  let last = (await ourTasks(page)).count;
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS && Date.now() < deadline) {
    await page.waitForTimeout(POLL_MS);
    const count = (await ourTasks(page)).count;
    if (count !== last) quietSince = Date.now();
    last = count;
  }
}

export function extensionTabs(context: BrowserContext): Tabs {
  return {
    async open(url, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      const { page } = await loadPage(context, url, { expect: 'related', timeoutMs });
      await untilQuiet(page, deadline);
      return page;
    },
    ourTasks,
  };
}

/** Without the extension nothing signals the end of a load: the tab gets `settleMs` after its load event. */
export function plainTabs(context: BrowserContext, settleMs: number): Tabs {
  return {
    async open(url, timeoutMs) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      await page.waitForTimeout(settleMs);
      return page;
    },
    ourTasks: () => Promise.resolve(undefined),
  };
}

type OurTasks = NonNullable<Awaited<ReturnType<Tabs['ourTasks']>>>;
/**
 * One fresh tab's measure, with our tasks on it when the extension was there: all of them
 * (for the longest), and those that ran while the measure did.
 */
export type FreshTabRun<T> = T & { ourTasks?: OurTasks; ourTasksDuring?: { count: number; sumMs: number } };

/** Runs `measure` on `runs` fresh tabs of `url`, with our tasks on each tab once it is done. */
async function onFreshTabs<T extends object>(tabs: Tabs, url: string, runs: number, timeoutMs: number, measure: (page: Page) => Promise<T>): Promise<FreshTabRun<T>[]> {
  const out: FreshTabRun<T>[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await tabs.open(url, timeoutMs);
    try {
      const before = await tabs.ourTasks(page);
      const value: T = await measure(page);
      const after = await tabs.ourTasks(page);
      const during = before && after && { count: after.count - before.count, sumMs: after.sumMs - before.sumMs };
      out.push(after ? { ...value, ourTasks: after, ourTasksDuring: during } : value);
    } finally {
      await page.close();
    }
  }
  return out;
}

const ANIMATION_WINDOW_MS = 5_000;

/** Frames the page renders in 5 s while its own CSS animation runs (a page rAF loop counts them). */
export function animationFrames(tabs: Tabs, url: string, runs: number) {
  return onFreshTabs(tabs, url, runs, 60_000, async (page) => ({
    frames: await page.evaluate<number>(`new Promise((resolve) => {
      let frames = 0;
      const t0 = performance.now();
      const frame = (now) => {
        if (now - t0 >= ${ANIMATION_WINDOW_MS}) return resolve(frames);
        frames++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })`),
  }));
}

/**
 * Longest gap of the page's own 16 ms timer once the page has shown its first frame
 * (stress-pages.ts), until 1 s after the tab is done; and how long that first frame took
 * after parsing, which our work before it would delay.
 */
export function hugeTextNodeStalls(tabs: Tabs, url: string, runs: number) {
  return onFreshTabs(tabs, url, runs, 120_000, async (page) => {
    await page.waitForTimeout(1_000);
    return page.evaluate<{ stallMs: number; ticks: number; firstFrameMs: number }>(`(() => {
      const { gaps, parsed, shown } = window.benchTimer;
      // A gap that began before the first frame counts from there.
      const after = gaps.filter((g) => g.end > shown).map((g) => g.end - Math.max(g.end - g.ms, shown));
      return { stallMs: Math.max(0, ...after), ticks: after.length, firstFrameMs: shown - parsed };
    })()`);
  });
}

export interface MutationCounts {
  /** The page's 16 ms timer, while the block changed and in the two seconds after. */
  ticks: number;
  ticksAfter: number;
  /** How many of its 10 ms changes the page managed. */
  changes: number;
}

/** The page's timer ticks while its related block changes every 10 ms for `ms` (stress-pages.ts). */
export function mutatingBlockTicks(tabs: Tabs, url: string, runs: number, ms: number) {
  return onFreshTabs(tabs, url, runs, 60_000, (page) =>
    page.evaluate<MutationCounts>(`window.benchMutate(${ms})`).then((counts) => ({ ...counts, windowMs: ms, afterMs: AFTER_MUTATION_MS })),
  );
}

/** Main-thread CPU of one small DOM change, `changes` times per fresh tab (thread-time.ts). */
export function domChangeTimes(tabs: Tabs, url: string, runs: number, changes: number) {
  return onFreshTabs(tabs, url, runs, 120_000, async (page) => ({ threadMs: await domChangeThreadTimes(page, changes) }));
}
