// The results contract from raw runs: which run feeds which key, and the with/without ratios.
import { describe, expect, it } from 'vitest';
import type { RelatedRun } from './scenarios';
import { missingNotes, summarize, type Raw } from './summary';

function relatedRun(over: Partial<RelatedRun>): RelatedRun {
  return {
    ms: 100,
    firstHighlightMs: 40,
    settledMs: 90,
    taskSumMs: 12,
    taskMaxMs: 5,
    phases: {},
    segments: [{ duration: 10, chars: 10_000 }],
    matches: [],
    workerRestarted: false,
    missing: [],
    ...over,
  };
}

const EXTRA = { notes: [], errors: [], sectionSeconds: {}, durationS: 1 };
const base: Raw = { runs: {}, pages: {} };

describe('summarize', () => {
  it('times the first highlights and the first settled mark, warm and cold', () => {
    const warm = [relatedRun({ ms: 100, firstHighlightMs: 20, settledMs: 70 }), relatedRun({ ms: 100, firstHighlightMs: 30, settledMs: 80 }), relatedRun({ ms: 100, firstHighlightMs: 40, settledMs: 90 })];
    const cold = [relatedRun({ firstHighlightMs: 110, settledMs: 500 })];
    const r = summarize({ ...base, warm, cold }, EXTRA);
    expect(r.relatedWarmMs).toBe(30);
    expect(r.relatedSettledWarmMs).toBe(80);
    expect(r.relatedColdMs).toBe(110);
    expect(r.relatedSettledColdMs).toBe(500);
    expect(r.relatedMainThreadMs).toBe(12);
  });

  it('reads the first stage from match measures, and notes their absence', () => {
    const warm = [relatedRun({ matches: [{ duration: 2, chars: 30_000 }] }), relatedRun({ matches: [{ duration: 1, chars: 20_000 }] })];
    expect(summarize({ ...base, warm }, EXTRA).matchCharsPerMs).toBe(17_500);
    const without = { ...base, warm: [relatedRun({})] };
    expect(summarize(without, EXTRA).matchCharsPerMs).toBeNull();
    expect(missingNotes(without).join('\n')).toContain("'treaty-lens:match'");
  });

  it('takes maxLongTaskMs from the worst page, each page a median over its tabs', () => {
    const r = summarize(
      {
        ...base,
        large: [relatedRun({ taskMaxMs: 20 }), relatedRun({ taskMaxMs: 24 }), relatedRun({ taskMaxMs: 90 })],
        animationWith: [{ frames: 1, ourTasks: { maxMs: 30, sumMs: 1, count: 1 } }],
        animationWithout: [{ frames: 1 }],
      },
      EXTRA,
    );
    expect(r.maxLongTaskMs).toBe(30);
    expect(r.details['longestTaskMsByPage']).toMatchObject({ large: 24, animation: 30, hugeTextNode: null });
  });

  it('compares with and without the extension from the same run', () => {
    const r = summarize(
      {
        ...base,
        unrelatedCpuWith: [120, 100, 140],
        unrelatedCpuWithout: [60, 70, 65],
        domChangeWith: [{ threadMs: [300, 320, 310] }],
        domChangeWithout: [{ threadMs: [20, 18, 19] }],
        animationWith: [{ frames: 150 }, { frames: 160 }],
        animationWithout: [{ frames: 300 }, { frames: 300 }],
        hugeTextWith: [{ stallMs: 400, ticks: 1, firstFrameMs: 1 }, { stallMs: 600, ticks: 1, firstFrameMs: 1 }],
        mutatingWith: [{ ticks: 400, ticksAfter: 100, changes: 1 }],
        mutatingWithout: [{ ticks: 500, ticksAfter: 125, changes: 1 }],
      },
      EXTRA,
    );
    expect(r.unrelatedAddedCpuMs).toBe(55);
    expect(r.largeDomChangeRatio).toBeCloseTo(310 / 19);
    expect(r.animationFrameRatio).toBeCloseTo(155 / 300);
    expect(r.hugeTextNodeStallMs).toBe(500);
    expect(r.mutatingBlockTickRatio).toBe(0.8);
  });

  it('reports null, not a number, for a ratio missing one side', () => {
    const r = summarize({ ...base, animationWith: [{ frames: 150 }] }, EXTRA);
    expect(r.animationFrameRatio).toBeNull();
    expect(r.unrelatedAddedCpuMs).toBeNull();
  });
});

describe('hover shown', () => {
  it('is the p95 of pointer → card times', () => {
    const durations = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarize({ ...base, hoverShown: { durations, misses: 0, blocked: 0 } }, EXTRA).hoverShownP95Ms).toBe(19);
  });
});

describe('the PDF reader', () => {
  const run = (firstPageMs: number, longestTaskMs: number) => ({ firstPageMs, longestTaskMs, lastSettledMs: 2000, longestTaskSource: 'longtask' as const, longTasks: 1, pages: 20 });

  it('takes the medians of first page and longest task over the runs; null without runs', () => {
    const r = summarize({ ...base, pdfReader: [run(900, 70), run(600, 40), run(700, 120)] }, EXTRA);
    expect(r.pdfFirstPageMs).toBe(700);
    expect(r.pdfLongestTaskMs).toBe(70);
    const none = summarize(base, EXTRA);
    expect([none.pdfFirstPageMs, none.pdfLongestTaskMs]).toEqual([null, null]);
  });
});

describe('the general dictionary', () => {
  it('takes its share of the zip, the median cold lookup and the median warm one; null without runs', () => {
    const cold = [120, 80, 95].map((lookUpMs) => ({ lookUpMs, roundTripMs: lookUpMs + 100, filesMs: 30 }));
    const dictionary = { cold, coldHover: [], warm: { lookUpMs: [0.4, 0.2, 3, 0.5, 0.6], roundTripMs: [3, 3, 3, 3] }, newWordsMs: [20] };
    const r = summarize({ ...base, zip: { bytes: 7_000_000, file: 'z.zip', dictionaryBytes: 2_700_000 }, dictionary }, EXTRA);
    expect([r.zipBytes, r.dictionaryZipBytes, r.dictionaryColdMs, r.dictionaryWarmMs]).toEqual([7_000_000, 2_700_000, 95, 0.5]);
    const none = summarize(base, EXTRA);
    expect([none.dictionaryZipBytes, none.dictionaryColdMs, none.dictionaryWarmMs]).toEqual([null, null, null]);
  });
});
