// Reads the extension's own timing (the instrumentation contract): the content script's
// timeline from its isolated world (entrypoints/content/timeline.ts; kept out of the page's
// performance timeline), the service worker's performance measures from the worker.
import type { Page, Worker } from 'playwright-core';
import type { ContentTimeline } from '../../entrypoints/content/timeline';
import { inContentScript } from '../lib/page-probes';

export type { ContentTimeline };

/** An entry of the instrumentation contract that the extension did not record. */
export class MissingInstrumentation extends Error {}

export interface WorkerTimeline {
  /** When this worker instance started (its performance.timeOrigin): tells restarts apart. */
  origin: number;
  inits: number[];
  segments: { duration: number; chars: number }[];
}

export function contentTimeline(page: Page): Promise<ContentTimeline> {
  return inContentScript<ContentTimeline>(
    page,
    // entrypoints/content/timeline.ts keeps it in the content script's world, out of the page's sight.
    `globalThis.treatyLensTimeline ?? { start: null, highlighted: [], tasks: [], cards: [] }`,
  );
}

// Worker code goes as a string: tsx would wrap named functions in a helper the worker lacks.
export function workerTimeline(worker: Worker): Promise<WorkerTimeline> {
  return worker.evaluate(`({
    origin: performance.timeOrigin,
    inits: performance.getEntriesByName('treaty-lens:segmenter-init').map((e) => e.duration),
    segments: performance.getEntriesByName('treaty-lens:segment').map((e) => ({ duration: e.duration, chars: Number(e.detail?.chars) })),
  })`);
}

/** What the contract promises for a page load that this timeline lacks. */
export function missingEntries(t: ContentTimeline, related: boolean): string[] {
  const missing: string[] = [];
  if (t.start === null) missing.push('content script: no start in its timeline');
  if (related && t.highlighted.length === 0) missing.push('content script: no highlighted entry on a related page');
  if (t.tasks.length === 0) missing.push('content script: no tasks in its timeline');
  if (t.tasks.some((task) => task.phase === '')) missing.push("content script: 'treaty-lens:task' measures without detail.phase");
  return missing;
}

/** start → first and last highlighted marks (a page may be highlighted in several passes). */
export function highlightTimes(t: ContentTimeline): { firstMs: number; lastMs: number } | null {
  const first = t.highlighted[0];
  const last = t.highlighted.at(-1);
  if (t.start === null || first === undefined || last === undefined) return null;
  return { firstMs: first - t.start, lastMs: last - t.start };
}

export interface PhaseStats {
  sumMs: number;
  maxMs: number;
  count: number;
}

/** Our main-thread time (sum of task measures), our longest task, and both per phase. */
export function taskStats(t: ContentTimeline): PhaseStats & { byPhase: Record<string, PhaseStats> } {
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
