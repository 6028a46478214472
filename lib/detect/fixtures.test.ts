// Runs the real pipeline (HTML -> main text -> detect) over tests/fixtures/pages and checks the
// detector's precision and recall. Fixtures marked <meta name="fixture-split" content="held-out">
// were written after tuning; they count in the totals and also get a summary line of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlMainText } from '../extract/html-main-text';
import { detect, reasonText, type Detection } from './';

const ROOT = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
const CLASSES = ['related', 'unrelated'] as const;

interface Outcome {
  file: string;
  expected: boolean;
  heldOut: boolean;
  detection: Detection;
}

const outcomes: Outcome[] = CLASSES.flatMap((cls) =>
  readdirSync(ROOT + cls)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(`${ROOT}${cls}/${file}`, 'utf8');
      return {
        file: `${cls}/${file}`,
        expected: cls === 'related',
        heldOut: /<meta name="fixture-split" content="held-out">/.test(html),
        detection: detect(htmlMainText(html)),
      };
    }),
);

function summary(label: string, set: Outcome[]) {
  const tp = set.filter((o) => o.expected && o.detection.related).length;
  const fp = set.filter((o) => !o.expected && o.detection.related).length;
  const positives = set.filter((o) => o.expected).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 1 : tp / positives;
  const line = `${label}: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} on ${positives} related / ${set.length - positives} unrelated`;
  return { precision, recall, line };
}

describe('detection over the fixture pages', () => {
  it('has enough fixtures of each class, each saying what it tests', () => {
    expect(outcomes.filter((o) => o.expected).length).toBeGreaterThanOrEqual(22);
    expect(outcomes.filter((o) => !o.expected).length).toBeGreaterThanOrEqual(32);
    for (const cls of CLASSES) {
      for (const file of readdirSync(ROOT + cls)) {
        expect(readFileSync(`${ROOT}${cls}/${file}`, 'utf8'), file).toMatch(/<meta name="fixture-note" content="[^"]{20,}">/);
      }
    }
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.9', () => {
    const all = summary('detection', outcomes);
    console.log(all.line);
    const heldOut = outcomes.filter((o) => o.heldOut);
    if (heldOut.length > 0) console.log(summary('held-out', heldOut).line);

    const wrong = outcomes
      .filter((o) => o.detection.related !== o.expected)
      .map((o) => `  ${o.file} (expected ${o.expected ? 'related' : 'unrelated'}) score ${o.detection.score}: ${o.detection.reasons.map((r) => reasonText(r, 'en')).join('; ')}`);
    const message = `${all.line}\nmisclassified:\n${wrong.join('\n') || '  none'}`;
    expect(all.precision, message).toBeGreaterThanOrEqual(0.95);
    expect(all.recall, message).toBeGreaterThanOrEqual(0.9);
  });
});
