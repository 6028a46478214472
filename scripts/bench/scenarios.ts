// The benchmark's scenarios in the browser with the extension, each returning its raw runs;
// bench.ts turns them into the reported medians. Each run opens a fresh tab and closes it.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/browser';
import { settledHeap, type HeapSample } from './heap';
import { hoverTerms, type HoverResult } from './hover';
import { hoverShownTimes, type HoverShownResult } from './hover-shown';
import { longTasksSince, recordLongTasks } from './long-tasks';
import { loadPage } from './page-load';
import { liveWorker, stopServiceWorker } from './service-worker';
import { highlightTimes, missingEntries, settledTimes, taskStats, workerMarks, type PhaseStats, type WorkerMarks } from './perf-marks';

export interface Env {
  ext: ExtensionBrowser;
  /** A tab kept open to drive CDP (stopping the worker) while measured tabs come and go. */
  control: Page;
  urls: { sample: string; unrelated: string; large: string };
}

export interface UnrelatedRuns {
  /** The first load after the browser starts, not counted: it pays one-off start-up costs. */
  warmUpTaskSumMs: number;
  taskSumMs: number[];
  taskMaxMs: number[];
  phases: Record<string, PhaseStats>;
  /** Contract entries the content script did not record. */
  missing: string[];
  segmenterInits: number;
  annotateRequests: number;
  segmenterStartedBefore: boolean;
}

export interface RelatedRun {
  /** start → last 'highlighted' mark; null when a mark is missing (see `missing`). */
  ms: number | null;
  firstHighlightMs: number | null;
  /** start → first 'settled' mark (the first pass confirmed by jieba). */
  settledMs: number | null;
  taskSumMs: number;
  taskMaxMs: number;
  phases: Record<string, PhaseStats>;
  /** The service worker's segment measures for this page's requests (a large page sends several). */
  segments: { duration: number; chars: number }[];
  /** The worker's first-stage match measures for this page's requests. */
  matches: { duration: number; chars: number }[];
  initMs?: number;
  /** The worker was a new instance for this run (restarted or stopped by us). */
  workerRestarted: boolean;
  longTasksAfterStart?: number[];
  missing: string[];
}

async function worker(env: Env): Promise<WorkerMarks> {
  return workerMarks(await liveWorker(env.ext.context, env.ext.extensionId));
}

/** Entries of `after` that `before` did not have (the whole of `after` if the worker restarted). */
function added<T>(before: WorkerMarks, after: WorkerMarks, pick: (t: WorkerMarks) => T[]): T[] {
  return before.origin === after.origin ? pick(after).slice(pick(before).length) : pick(after);
}

export async function unrelatedRuns(env: Env, runs: number): Promise<UnrelatedRuns> {
  const before = await worker(env);
  const out: UnrelatedRuns = {
    warmUpTaskSumMs: 0,
    taskSumMs: [],
    taskMaxMs: [],
    phases: {},
    missing: [],
    segmenterInits: 0,
    annotateRequests: 0,
    segmenterStartedBefore: before.inits.length > 0,
  };
  for (let i = 0; i <= runs; i++) {
    const { page, marks } = await loadPage(env.ext.context, env.urls.unrelated, { expect: 'unrelated' });
    const stats = taskStats(marks);
    await page.close();
    if (i === 0) {
      out.warmUpTaskSumMs = stats.sumMs;
      continue;
    }
    out.taskSumMs.push(stats.sumMs);
    out.taskMaxMs.push(stats.maxMs);
    out.phases = stats.byPhase;
    out.missing = missingEntries(marks, false);
  }
  const after = await worker(env);
  out.segmenterInits = added(before, after, (t) => t.inits).length;
  out.annotateRequests = added(before, after, (t) => t.segments).length;
  return out;
}

/** Loads a related page and reads both perf marks. `cold`: stop the worker first. */
async function relatedRun(env: Env, url: string, options: { cold: boolean; timeoutMs: number; longTasks?: boolean }): Promise<RelatedRun> {
  if (options.cold) await stopServiceWorker(env.control, env.ext.extensionId);
  const before = options.cold ? undefined : await worker(env);
  const prepare = options.longTasks ? recordLongTasks : undefined;
  const { page, marks } = await loadPage(env.ext.context, url, { expect: 'related', timeoutMs: options.timeoutMs, prepare });
  try {
    const after = await worker(env);
    const restarted = !before || before.origin !== after.origin;
    const segments = before ? added(before, after, (t) => t.segments) : after.segments;
    const matches = before ? added(before, after, (t) => t.matches) : after.matches;
    const inits = before ? added(before, after, (t) => t.inits) : after.inits;
    const stats = taskStats(marks);
    const times = highlightTimes(marks);
    const run: RelatedRun = {
      ms: times?.lastMs ?? null,
      firstHighlightMs: times?.firstMs ?? null,
      settledMs: settledTimes(marks)?.firstMs ?? null,
      taskSumMs: stats.sumMs,
      taskMaxMs: stats.maxMs,
      phases: stats.byPhase,
      segments,
      matches,
      workerRestarted: restarted,
      missing: missingEntries(marks, true),
    };
    if (inits.length > 0) run.initMs = inits.at(-1)!;
    if (options.longTasks && marks.start !== null) {
      run.longTasksAfterStart = (await longTasksSince(page, marks.start)).map((t) => t.duration);
    }
    return run;
  } finally {
    await page.close();
  }
}

export async function relatedRuns(env: Env, url: string, runs: number, options: { cold: boolean; timeoutMs: number; longTasks?: boolean }): Promise<RelatedRun[]> {
  const out: RelatedRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await relatedRun(env, url, options));
  return out;
}

export async function hoverRun(env: Env, hovers: number): Promise<HoverResult> {
  const { page } = await loadPage(env.ext.context, env.urls.sample, { expect: 'related' });
  try {
    return await hoverTerms(page, hovers);
  } finally {
    await page.close();
  }
}

export async function hoverShownRun(env: Env, hovers: number): Promise<HoverShownResult> {
  const { page } = await loadPage(env.ext.context, env.urls.sample, { expect: 'related' });
  try {
    return await hoverShownTimes(page, hovers);
  } finally {
    await page.close();
  }
}

/** Heap of fresh tabs on `url` once the content script is done with them. */
export async function heapWithExtension(env: Env, url: string, expect: 'related' | 'unrelated', runs: number): Promise<HeapSample[]> {
  const out: HeapSample[] = [];
  for (let i = 0; i < runs; i++) {
    const { page } = await loadPage(env.ext.context, url, { expect, timeoutMs: 60_000 });
    out.push(await settledHeap(page));
    await page.close();
  }
  return out;
}
