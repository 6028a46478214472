// One page load with the extension: open a tab, wait for the content script's verdict, then
// for its marks to go quiet (a pass may still be registering highlights after the verdict
// is published), and read that marks.
import type { BrowserContext, Page } from 'playwright-core';
import { waitForVerdict } from '../harness/page-probes';
import { contentMarks, type PerfMarks } from './perf-marks';

export interface LoadedPage {
  page: Page;
  verdict: string;
  marks: PerfMarks;
}

export interface LoadOptions {
  expect: 'related' | 'unrelated';
  timeoutMs?: number;
  /** Runs on the new tab before navigation (init scripts). */
  prepare?: (page: Page) => Promise<void>;
}

const POLL_MS = 150;

const signature = (t: PerfMarks) => `${t.tasks.length}/${t.highlighted.length}/${t.settled?.length}/${t.cards.length}`;

/** Polls until two reads in a row agree (and, on a related page, a pass has highlighted and settled). */
async function quietMarks(page: Page, needsHighlight: boolean, deadline: number): Promise<PerfMarks> {
  let last = await contentMarks(page);
  while (Date.now() < deadline) {
    await page.waitForTimeout(POLL_MS);
    const next = await contentMarks(page);
    if (signature(next) === signature(last) && (!needsHighlight || (next.highlighted.length > 0 && (next.settled?.length ?? 0) > 0))) return next;
    last = next;
  }
  return last;
}

export async function loadPage(context: BrowserContext, url: string, options: LoadOptions): Promise<LoadedPage> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  const page = await context.newPage();
  await options.prepare?.(page);
  await page.goto(url, { timeout: timeoutMs });
  const { verdict } = await waitForVerdict(page);
  if (verdict !== options.expect) throw new Error(`${url}: the verdict is ${verdict}, expected ${options.expect}`);
  const marks = await quietMarks(page, options.expect === 'related', deadline);
  return { page, verdict, marks };
}
