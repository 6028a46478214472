// The cheapest possible "no". The score is the geometric mean of the region and genre
// strengths, so a page that never names the region (Kazakhstan, Central Asia, the SCO,
// CICA, the leaders…) scores 0 whatever else it says. One regular-expression test over the
// page's raw text decides that exactly, before any walk of the DOM: built from the
// detector's own region signals, with whitespace allowed between characters as the
// scanner allows it (spaced PDF text).
import { hasHan } from '../text/han';
import type { Detection } from './score';
import { SCAN_SPACE } from './scanner';
import { SIGNALS } from './signals';
import { toTraditional } from './traditional';

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const forms = new Set(
  SIGNALS.filter((s) => s.family === 'region')
    .flatMap((s) => [s.term, ...(s.variants ?? [])])
    .flatMap((t) => [t, toTraditional(t)]),
);
// Exactly the scanner's spaces between characters: with anything else the gate and the
// detector would disagree on spaced text.
const BETWEEN = `${SCAN_SPACE.source}*`;
const NAMES_REGION = new RegExp([...forms].map((f) => [...f].map(escape).join(BETWEEN)).join('|'));

export function namesRegion(text: string): boolean {
  return NAMES_REGION.test(text);
}

/** The verdict on a text that names no part of the region, with detect()'s main reason. */
export function regionAbsent(text: string): Detection {
  return { related: false, score: 0, reasons: [{ code: hasHan(text) ? 'no-region' : 'no-chinese' }] };
}
