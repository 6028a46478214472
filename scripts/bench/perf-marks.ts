// Reads the extension's own timing (the instrumentation contract): the content script's
// marks from its isolated world (entrypoints/content/perf-marks.ts; kept out of the page's
// performance-entry buffer), the service worker's performance measures from the worker.
import type { Page, Worker } from 'playwright-core';
import type { PerfMarks } from '../../entrypoints/content/perf-marks';
import { inContentScript } from '../harness/page-probes';

export type { PerfMarks };

/** An entry of the instrumentation contract that the extension did not record. */
export class MissingInstrumentation extends Error {}

export interface WorkerMarks {
  /** When this worker instance started (its performance.timeOrigin): tells restarts apart. */
  origin: number;
  inits: number[];
  segments: { duration: number; chars: number }[];
  /** The first stage's exact matching ('treaty-lens:match'), where the extension records it. */
  matches: { duration: number; chars: number }[];
}

export function contentMarks(page: Page): Promise<PerfMarks> {
  return inContentScript<PerfMarks>(
    page,
    // entrypoints/content/perf-marks.ts keeps it in the content script's world, out of the page's sight.
    `globalThis.treatyLensPerfMarks ?? { start: null, highlighted: [], settled: [], tasks: [], cards: [] }`,
  );
}

// Worker code goes as a string: tsx would wrap named functions in a helper the worker lacks.
export function workerMarks(worker: Worker): Promise<WorkerMarks> {
  return worker.evaluate(`({
    origin: performance.timeOrigin,
    inits: performance.getEntriesByName('treaty-lens:segmenter-init').map((e) => e.duration),
    segments: performance.getEntriesByName('treaty-lens:segment').map((e) => ({ duration: e.duration, chars: Number(e.detail?.chars) })),
    matches: performance.getEntriesByName('treaty-lens:match').map((e) => ({ duration: e.duration, chars: Number(e.detail?.chars) })),
  })`);
}

/** What the contract promises for a page load that this marks lacks. */
export function missingEntries(t: PerfMarks, related: boolean): string[] {
  const missing: string[] = [];
  if (t.start === null) missing.push('content script: no start in its marks');
  if (related && t.highlighted.length === 0) missing.push('content script: no highlighted entry on a related page');
  if (related && (t.settled ?? []).length === 0) missing.push('content script: no settled entry on a related page');
  if (t.tasks.length === 0) missing.push('content script: no tasks in its marks');
  if (t.tasks.some((task) => task.phase === '')) missing.push("content script: 'treaty-lens:task' measures without detail.phase");
  return missing;
}

/** start → first and last of some marks (a page may be highlighted in several passes). */
function sinceStart(start: number | null, marks: readonly number[] | undefined): { firstMs: number; lastMs: number } | null {
  const first = marks?.[0];
  const last = marks?.at(-1);
  if (start === null || first === undefined || last === undefined) return null;
  return { firstMs: first - start, lastMs: last - start };
}

/** start → first and last highlighted marks (highlights registered). */
export const highlightTimes = (t: PerfMarks) => sinceStart(t.start, t.highlighted);

/** start → first and last settled marks (a pass's highlights confirmed by jieba). */
export const settledTimes = (t: PerfMarks) => sinceStart(t.start, t.settled);

export interface PhaseStats {
  sumMs: number;
  maxMs: number;
  count: number;
}

/** Our main-thread time (sum of task measures), our longest task, and both per phase. */
export function taskStats(t: PerfMarks): PhaseStats & { byPhase: Record<string, PhaseStats> } {
  const byPhase: Record<string, PhaseStats> = {};
  let sumMs = 0;
  let maxMs = 0;
  for (const { duration, phase } of t.tasks) {
    const p = (byPhase[phase || '(no phase)'] ??= { sumMs: 0, maxMs: 0, count: 0 });
    p.sumMs += duration;
    p.maxMs = Math.max(p.maxMs, duration);
    p.count++;
    sumMs += duration;
    maxMs = Math.max(maxMs, duration);
  }
  return { sumMs, maxMs, count: t.tasks.length, byPhase };
}
