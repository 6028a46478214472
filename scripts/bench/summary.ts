// Raw runs → the results contract: medians for the headline metrics, everything else
// (per-run numbers, phases, heap samples) under "details".
import type { HeapSample } from './heap';
import type { HoverResult } from './hover';
import type { MemorySample } from './memory';
import type { SearchSpeed } from './search-speed';
import type { BenchPage } from './pages';
import type { Results } from './report';
import type { RelatedRun, UnrelatedRuns } from './scenarios';
import type { ScriptTime } from './script-time';
import { segmentRate } from './segment-rate';
import { median, percentile } from './stats';

type HeapPages = Record<'sample' | 'unrelated' | 'large', HeapSample[]>;

export interface Raw {
  runs: Record<string, number>;
  pages: Record<string, BenchPage>;
  zip?: { bytes: number; file: string };
  unrelated?: UnrelatedRuns;
  scriptWith?: ScriptTime[];
  scriptWithout?: ScriptTime[];
  cold?: RelatedRun[];
  warm?: RelatedRun[];
  intl?: number[];
  hover?: HoverResult;
  large?: RelatedRun[];
  heapWith?: HeapPages;
  heapWithout?: HeapPages;
  /** 50 SPA navigations and 50 toggles on one tab (issue 7's memory check). */
  memory?: { samples: MemorySample[] };
  search?: SearchSpeed;
}

const MB = 1024 * 1024;

function medianOf<T>(runs: readonly T[] | undefined, value: (run: T) => number | null | undefined): number | null {
  return median((runs ?? []).map(value).filter((v) => v !== undefined && v !== null));
}

/** Per run: characters per ms over that page's segment measures. */
const rates = (runs: RelatedRun[] | undefined) => (runs ?? []).flatMap((r) => segmentRate(r.segments) ?? []);

/** A run as reported: its segment measures summed, the page's long tasks counted. */
function runDetails({ segments, longTasksAfterStart, missing: _missing, ...run }: RelatedRun) {
  const segment = { requests: segments.length, chars: segments.reduce((n, s) => n + s.chars, 0), ms: segments.reduce((n, s) => n + s.duration, 0) };
  const pageLongTasks = longTasksAfterStart && { count: longTasksAfterStart.length, maxMs: Math.max(0, ...longTasksAfterStart) };
  return { ...run, segment, ...(pageLongTasks ? { pageLongTasksAfterStart: pageLongTasks } : {}) };
}

/** Median heap with and without the extension on one page; extra = the difference, in MB (2^20 bytes). */
function heapDetails(page: keyof HeapPages, raw: Raw) {
  const withExt = raw.heapWith?.[page];
  const without = raw.heapWithout?.[page];
  const used = [medianOf(withExt, (s) => s.usedBytes), medianOf(without, (s) => s.usedBytes)] as const;
  const embedder = [medianOf(withExt, (s) => s.embedderBytes), medianOf(without, (s) => s.embedderBytes)] as const;
  const extra = ([a, b]: readonly [number | null, number | null]) => (a === null || b === null ? null : (a - b) / MB);
  return { usedBytes: { with: used[0], without: used[1] }, embedderBytes: { with: embedder[0], without: embedder[1] }, extraMB: extra(used), extraEmbedderMB: extra(embedder) };
}

/** Notes for contract entries the extension did not record, one per kind and scenario. */
export function missingNotes(raw: Raw): string[] {
  const notes: string[] = [];
  const byScenario: [string, string[]][] = [
    ['unrelated page', raw.unrelated?.missing ?? []],
    ['related page, cold', (raw.cold ?? []).flatMap((r) => r.missing)],
    ['related page, warm', (raw.warm ?? []).flatMap((r) => r.missing)],
    ['large page', (raw.large ?? []).flatMap((r) => r.missing)],
  ];
  for (const [name, missing] of byScenario) for (const what of new Set(missing)) notes.push(`${name}: ${what}`);
  if (raw.cold && !raw.cold.some((r) => r.initMs !== undefined)) notes.push("service worker: no 'treaty-lens:segmenter-init' measure after a cold start");
  if (raw.warm && rates(raw.warm).length === 0) notes.push("service worker: no 'treaty-lens:segment' measure with detail.chars for an annotated page");
  return notes;
}

export function summarize(raw: Raw, extra: { notes: string[]; errors: string[]; durationS: number }): Results {
  const { unrelated, cold, warm, large, hover, intl } = raw;
  // A segmenter that never reports starting, even cold, cannot tell us it stayed asleep.
  const initRecorded = (cold ?? []).some((r) => r.initMs !== undefined);
  const sampleHeap = heapDetails('sample', raw);
  return {
    unrelatedPageMs: median(unrelated?.taskSumMs ?? []),
    segmenterWokenOnUnrelated: unrelated && initRecorded ? unrelated.segmenterInits > 0 : null,
    relatedWarmMs: medianOf(warm, (r) => r.ms),
    relatedColdMs: medianOf(cold, (r) => r.ms),
    largePageMs: medianOf(large, (r) => r.ms),
    maxLongTaskMs: medianOf(large, (r) => r.taskMaxMs),
    hoverP95Ms: percentile(hover?.durations ?? [], 95),
    extraHeapMB: sampleHeap.extraMB,
    segmentCharsPerMs: median(rates(warm)),
    intlSegmenterCharsPerMs: median(intl ?? []),
    zipBytes: raw.zip?.bytes ?? null,
    details: {
      runs: raw.runs,
      memory: raw.memory,
      search: raw.search,
      pages: Object.fromEntries(Object.entries(raw.pages).map(([name, p]) => [name, { chars: p.text.length, htmlBytes: Buffer.byteLength(p.html) }])),
      unrelated: unrelated && {
        taskSumMsRuns: unrelated.taskSumMs,
        warmUpTaskSumMs: unrelated.warmUpTaskSumMs,
        taskMaxMs: median(unrelated.taskMaxMs),
        phasesMsLastRun: unrelated.phases,
        annotateRequests: unrelated.annotateRequests,
        segmenterStartedBefore: unrelated.segmenterStartedBefore,
        // All script in the tab (CDP ScriptDuration), ours including bundle evaluation, vs. none.
        scriptDurationMs: {
          with: medianOf(raw.scriptWith, (t) => t.ms),
          without: medianOf(raw.scriptWithout, (t) => t.ms),
          runsWithVerdict: (raw.scriptWith ?? []).filter((t) => t.verdict === 'unrelated').length,
        },
      },
      cold: cold && { runs: cold.map(runDetails), segmenterInitMs: medianOf(cold, (r) => r.initMs), taskSumMs: medianOf(cold, (r) => r.taskSumMs) },
      warm: warm && {
        runs: warm.map(runDetails),
        taskSumMs: medianOf(warm, (r) => r.taskSumMs),
        taskMaxMs: medianOf(warm, (r) => r.taskMaxMs),
        workerRestartedRuns: warm.filter((r) => r.workerRestarted).length,
      },
      large: large && {
        runs: large.map(runDetails),
        firstHighlightMs: medianOf(large, (r) => r.firstHighlightMs),
        taskSumMs: medianOf(large, (r) => r.taskSumMs),
        segmentCharsPerMs: median(rates(large)),
      },
      hover: hover && {
        hovers: hover.durations.length,
        misses: hover.misses,
        distinctTermsOnPage: hover.distinctTerms,
        medianMs: median(hover.durations),
        maxMs: Math.max(0, ...hover.durations),
      },
      heap: {
        method: 'Runtime.getHeapUsage of the tab after 3 HeapProfiler.collectGarbage; median over fresh tabs; with the extension minus a browser without it',
        sample: sampleHeap,
        unrelated: heapDetails('unrelated', raw),
        large: heapDetails('large', raw),
      },
      segment: { coldCharsPerMs: median(rates(cold)), warmRunsCharsPerMs: rates(warm), intlRunsCharsPerMs: intl, intlTextChars: raw.pages['sample']?.text.length },
      zipFile: raw.zip?.file,
      durationS: extra.durationS,
      notes: extra.notes,
      errors: extra.errors,
    },
  };
}
