// Segmentation throughput in the service worker: jieba's from the extension's own
// 'treaty-lens:segment' measures (segmentation + matching), and Intl.Segmenter's, timed here
// on the same kind of text as a reference point.
import type { Worker } from 'playwright-core';
import type { WorkerMarks } from './perf-marks';

/** chars/ms over a page's segment measures (all its requests together), or undefined if none. */
export function segmentRate(segments: WorkerMarks['segments']): number | undefined {
  const valid = segments.filter((s) => Number.isFinite(s.chars));
  const ms = valid.reduce((sum, s) => sum + s.duration, 0);
  return ms > 0 ? valid.reduce((sum, s) => sum + s.chars, 0) / ms : undefined;
}

/** chars/ms of Intl.Segmenter (zh, words) over `text`, one untimed warm-up then `runs` timed passes. */
export function intlSegmenterRates(worker: Worker, text: string, runs: number): Promise<number[]> {
  // A string, not a function: tsx would wrap named functions in a helper the worker lacks.
  return worker.evaluate(`(() => {
    const text = ${JSON.stringify(text)};
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const rates = [];
    for (let i = 0; i <= ${runs}; i++) {
      const t0 = performance.now();
      let words = 0;
      for (const s of segmenter.segment(text)) if (s.isWordLike) words++;
      if (i > 0) rates.push(text.length / (performance.now() - t0));
    }
    return rates;
  })()`);
}
