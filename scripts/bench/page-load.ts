// One page load with the extension: open a tab, wait for the content script's verdict, then
// for its timeline to go quiet (a pass may still be registering highlights after the verdict
// is published), and read that timeline.
import type { BrowserContext, Page } from 'playwright-core';
import { waitForVerdict } from '../lib/page-probes';
import { contentTimeline, type ContentTimeline } from './timeline';

export interface LoadedPage {
  page: Page;
  verdict: string;
  timeline: ContentTimeline;
}

export interface LoadOptions {
  expect: 'related' | 'unrelated';
  timeoutMs?: number;
  /** Runs on the new tab before navigation (init scripts). */
  prepare?: (page: Page) => Promise<void>;
}

const POLL_MS = 150;

const signature = (t: ContentTimeline) => `${t.tasks.length}/${t.highlighted.length}/${t.cards.length}`;

/** Polls until two reads in a row agree (and, on a related page, a pass has highlighted). */
async function quietTimeline(page: Page, needsHighlight: boolean, deadline: number): Promise<ContentTimeline> {
  let last = await contentTimeline(page);
  while (Date.now() < deadline) {
    await page.waitForTimeout(POLL_MS);
    const next = await contentTimeline(page);
    if (signature(next) === signature(last) && (!needsHighlight || next.highlighted.length > 0)) return next;
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
  const timeline = await quietTimeline(page, options.expect === 'related', deadline);
  return { page, verdict, timeline };
}
