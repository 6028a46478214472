// Raw runs → the results contract: medians for the headline metrics, everything else
// (per-run numbers, phases, heap samples) under "details".
import type { DictionaryLookupRuns } from './dictionary-lookup';
import type { HeapSample } from './heap';
import type { HoverResult } from './hover';
import type { HoverShownResult } from './hover-shown';
import type { PdfReaderRun } from './pdf-reader';
import type { FreshTabRun, MutationCounts } from './page-feel';
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
  zip?: { bytes: number; file: string; dictionaryBytes: number };
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
  hoverShown?: HoverShownResult;
  /** Main-thread CPU of fresh tabs on the unrelated page (thread-time.ts), with and without the extension. */
  unrelatedCpuWith?: number[];
  unrelatedCpuWithout?: number[];
  domChangeWith?: FreshTabRun<{ threadMs: number[] }>[];
  domChangeWithout?: FreshTabRun<{ threadMs: number[] }>[];
  animationWith?: FreshTabRun<{ frames: number }>[];
  animationWithout?: FreshTabRun<{ frames: number }>[];
  hugeTextWith?: FreshTabRun<{ stallMs: number; ticks: number; firstFrameMs: number }>[];
  hugeTextWithout?: FreshTabRun<{ stallMs: number; ticks: number; firstFrameMs: number }>[];
  mutatingWith?: FreshTabRun<MutationCounts>[];
  mutatingWithout?: FreshTabRun<MutationCounts>[];
  /** The PDF reader on the 20-page document, fresh tabs (pdf-reader.ts). */
  pdfReader?: PdfReaderRun[];
  /** The general dictionary's lookups in the worker (dictionary-lookup.ts). */
  dictionary?: DictionaryLookupRuns;
}

const MB = 1024 * 1024;

function medianOf<T>(runs: readonly T[] | undefined, value: (run: T) => number | null | undefined): number | null {
  return median((runs ?? []).map(value).filter((v) => v !== undefined && v !== null));
}

/** Per run: characters per ms over that page's segment measures. */
const rates = (runs: RelatedRun[] | undefined) => (runs ?? []).flatMap((r) => segmentRate(r.segments) ?? []);
/** Per run: characters per ms over that page's first-stage match measures. */
const matchRates = (runs: RelatedRun[] | undefined) => (runs ?? []).flatMap((r) => segmentRate(r.matches) ?? []);

/** A / B of two medians, or null when either is missing (or B is zero). */
function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** Median of our longest task on each bench page, fresh tab by fresh tab; the worst page is maxLongTaskMs. */
function longestTaskByPage(raw: Raw): Record<string, number | null> {
  const ours = (runs: FreshTabRun<object>[] | undefined) => medianOf(runs, (r) => r.ourTasks?.maxMs);
  return {
    unrelated: raw.unrelated ? median(raw.unrelated.taskMaxMs) : null,
    sampleCold: medianOf(raw.cold, (r) => r.taskMaxMs),
    sampleWarm: medianOf(raw.warm, (r) => r.taskMaxMs),
    large: medianOf(raw.large, (r) => r.taskMaxMs),
    animation: ours(raw.animationWith),
    hugeTextNode: ours(raw.hugeTextWith),
    mutatingBlock: ours(raw.mutatingWith),
  };
}

function worst(values: Record<string, number | null>): number | null {
  const known = Object.values(values).filter((v) => v !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** The with / without pairs of the page-feel scenarios (page-feel.ts), as reported under details. */
function pageFeelDetails(raw: Raw) {
  const changes = (runs: Raw['domChangeWith']) => (runs ?? []).flatMap((r) => r.threadMs);
  const pair = <T>(withExt: T[] | undefined, without: T[] | undefined) => ({ with: withExt, without });
  return {
    unrelatedCpuMs: {
      method: 'CDP Performance.getMetrics ThreadTime of a fresh tab, read 1.5 s after load, not polled; median over tabs',
      with: median(raw.unrelatedCpuWith ?? []),
      without: median(raw.unrelatedCpuWithout ?? []),
      runs: pair(raw.unrelatedCpuWith, raw.unrelatedCpuWithout),
    },
    largeDomChange: {
      method: 'ThreadTime across appending a span to the footer of the 1,000,000-character page and two frames; median over changes on fresh tabs',
      withMs: median(changes(raw.domChangeWith)),
      withoutMs: median(changes(raw.domChangeWithout)),
      runs: pair(raw.domChangeWith, raw.domChangeWithout),
    },
    animation: {
      method: 'requestAnimationFrame callbacks in 5 s on the 150,000-character page with its CSS animation (left), after our marks went quiet',
      framesWith: medianOf(raw.animationWith, (r) => r.frames),
      framesWithout: medianOf(raw.animationWithout, (r) => r.frames),
      runs: pair(raw.animationWith, raw.animationWithout),
    },
    hugeTextNode: {
      method: "longest gap of the page's 16 ms setInterval from its first frame after DOMContentLoaded until 1 s after our tasks went quiet (without: settle + 1 s after load); firstFrameMs: DOMContentLoaded → that frame",
      stallMsWithout: medianOf(raw.hugeTextWithout, (r) => r.stallMs),
      firstFrameMs: { with: medianOf(raw.hugeTextWith, (r) => r.firstFrameMs), without: medianOf(raw.hugeTextWithout, (r) => r.firstFrameMs) },
      runs: pair(raw.hugeTextWith, raw.hugeTextWithout),
    },
    mutatingBlock: {
      method: "ticks of the page's 16 ms setInterval while a 5,000-character related block changes every 10 ms for 10 s (ticksAfter: the 2 s after)",
      ticksWith: medianOf(raw.mutatingWith, (r) => r.ticks),
      ticksWithout: medianOf(raw.mutatingWithout, (r) => r.ticks),
      ticksAfterRatio: ratio(medianOf(raw.mutatingWith, (r) => r.ticksAfter), medianOf(raw.mutatingWithout, (r) => r.ticksAfter)),
      runs: pair(raw.mutatingWith, raw.mutatingWithout),
    },
  };
}

/** A run as reported: its segment measures summed, the page's long tasks counted. */
function runDetails({ segments, matches, longTasksAfterStart, missing: _missing, ...run }: RelatedRun) {
  const summed = (measures: RelatedRun['segments']) => ({
    requests: measures.length,
    chars: measures.reduce((n, s) => n + s.chars, 0),
    ms: measures.reduce((n, s) => n + s.duration, 0),
  });
  const pageLongTasks = longTasksAfterStart && { count: longTasksAfterStart.length, maxMs: Math.max(0, ...longTasksAfterStart) };
  return { ...run, segment: summed(segments), match: summed(matches), ...(pageLongTasks ? { pageLongTasksAfterStart: pageLongTasks } : {}) };
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
  if (raw.warm && matchRates(raw.warm).length === 0) notes.push("service worker: no 'treaty-lens:match' measure with detail.chars (the first stage) for an annotated page");
  return notes;
}

export function summarize(raw: Raw, extra: { notes: string[]; errors: string[]; sectionSeconds: Record<string, number>; durationS: number }): Results {
  const { unrelated, cold, warm, large, hover, intl } = raw;
  // A segmenter that never reports starting, even cold, cannot tell us it stayed asleep.
  const initRecorded = (cold ?? []).some((r) => r.initMs !== undefined);
  const sampleHeap = heapDetails('sample', raw);
  const feel = pageFeelDetails(raw);
  const longestTasks = longestTaskByPage(raw);
  const hoverShown = raw.hoverShown;
  return {
    unrelatedPageMs: median(unrelated?.taskSumMs ?? []),
    unrelatedAddedCpuMs: difference(feel.unrelatedCpuMs.with, feel.unrelatedCpuMs.without),
    segmenterWokenOnUnrelated: unrelated && initRecorded ? unrelated.segmenterInits > 0 : null,
    // start → first highlights registered (the first stage, once there are two).
    relatedWarmMs: medianOf(warm, (r) => r.firstHighlightMs),
    relatedColdMs: medianOf(cold, (r) => r.firstHighlightMs),
    relatedSettledWarmMs: medianOf(warm, (r) => r.settledMs),
    relatedSettledColdMs: medianOf(cold, (r) => r.settledMs),
    relatedMainThreadMs: medianOf(warm, (r) => r.taskSumMs),
    largePageMs: medianOf(large, (r) => r.ms),
    maxLongTaskMs: worst(longestTasks),
    hoverP95Ms: percentile(hover?.durations ?? [], 95),
    hoverShownP95Ms: percentile(hoverShown?.durations ?? [], 95),
    extraHeapMB: sampleHeap.extraMB,
    matchCharsPerMs: median(matchRates(warm)),
    segmentCharsPerMs: median(rates(warm)),
    intlSegmenterCharsPerMs: median(intl ?? []),
    largeDomChangeRatio: ratio(feel.largeDomChange.withMs, feel.largeDomChange.withoutMs),
    animationFrameRatio: ratio(feel.animation.framesWith, feel.animation.framesWithout),
    hugeTextNodeStallMs: medianOf(raw.hugeTextWith, (r) => r.stallMs),
    mutatingBlockTickRatio: ratio(feel.mutatingBlock.ticksWith, feel.mutatingBlock.ticksWithout),
    zipBytes: raw.zip?.bytes ?? null,
    pdfFirstPageMs: medianOf(raw.pdfReader, (r) => r.firstPageMs),
    pdfLongestTaskMs: medianOf(raw.pdfReader, (r) => r.longestTaskMs),
    dictionaryZipBytes: raw.zip?.dictionaryBytes ?? null,
    dictionaryColdMs: medianOf(raw.dictionary?.cold, (r) => r.lookUpMs),
    dictionaryWarmMs: median(raw.dictionary?.warm.lookUpMs ?? []),
    details: {
      runs: raw.runs,
      longestTaskMsByPage: longestTasks,
      ...feel,
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
      hoverShown: hoverShown && {
        method: 'page.mouse.move every 16 ms down the blank space above the term (10, 7, 5, 4 px above it), then onto it; that last move event timeStamp → first requestAnimationFrame in which elementFromPoint below or above the term hits our host',
        hovers: hoverShown.durations.length,
        misses: hoverShown.misses,
        blocked: hoverShown.blocked,
        medianMs: median(hoverShown.durations),
        durationsMs: hoverShown.durations,
      },
      heap: {
        method: 'Runtime.getHeapUsage of the tab after 3 HeapProfiler.collectGarbage; median over fresh tabs; with the extension minus a browser without it',
        sample: sampleHeap,
        unrelated: heapDetails('unrelated', raw),
        large: heapDetails('large', raw),
      },
      match: { warmRunsCharsPerMs: matchRates(warm), coldCharsPerMs: median(matchRates(cold)), largeCharsPerMs: median(matchRates(large)) },
      segment: { coldCharsPerMs: median(rates(cold)), warmRunsCharsPerMs: rates(warm), intlRunsCharsPerMs: intl, intlTextChars: raw.pages['sample']?.text.length },
      pdfReader: raw.pdfReader && {
        method:
          'a 20-page PDF printed from the corpus (scripts/pdf-fixtures/bench-document.ts) picked in pdf.html in a fresh tab; file input change → first frame with page 1 painted, its text layer and a highlight on it; longest task: Long Tasks API (over 50 ms only) in that tab until the session settled, else the session\'s longest task measure',
        runs: raw.pdfReader,
        lastSettledMs: medianOf(raw.pdfReader, (r) => r.lastSettledMs),
      },
      dictionary: raw.dictionary && {
        method:
          "the worker's treaty-lens:look-up measure of a lookup of 斡旋 from an extension page after the worker was stopped (cold), of the word under the pointer in an 80-character hover window likewise (coldHover), and of ten words asked a second time (warm); round trips include the worker's start",
        cold: raw.dictionary.cold,
        coldRoundTripMs: medianOf(raw.dictionary.cold, (r) => r.roundTripMs),
        coldHover: raw.dictionary.coldHover,
        coldHoverMs: medianOf(raw.dictionary.coldHover, (r) => r.lookUpMs),
        newWordsMs: raw.dictionary.newWordsMs,
        warmLookUpMs: raw.dictionary.warm.lookUpMs,
        warmRoundTripMs: median(raw.dictionary.warm.roundTripMs),
      },
      zipFile: raw.zip?.file,
      durationS: extra.durationS,
      sectionSeconds: extra.sectionSeconds,
      notes: extra.notes,
      errors: extra.errors,
    },
  };
}
