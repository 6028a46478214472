// Hover latency: the pointer lands on a highlighted term and the content script's own
// marks's card entry says how long it took from finding the hit to a rendered,
// positioned card (the hover-intent delay is outside that measure by contract).
import type { Page } from 'playwright-core';
import { HIGHLIGHT_ENTRIES, inContentScript, OUR_ROOT, waitForCard } from '../harness/page-probes';
import { contentMarks, MissingInstrumentation } from './perf-marks';

export interface HoverResult {
  durations: number[];
  distinctTerms: number;
  /** Hovers after which no card measure appeared. */
  misses: number;
}

// Our highlight ranges in registry order, which is stable between calls.
const RANGES = `${HIGHLIGHT_ENTRIES}.map(([, r]) => r)`;
// Outside <main>, where no text is: the card hides after its grace period.
export const NEUTRAL = { x: 4, y: 4 };
export const CARD_TIMEOUT_MS = 3_000;
// The card element inside our shadow root (entrypoints/content/tooltip.ts).
const CARD = '#treaty-lens-card';

/** Indexes of `count` ranges: each distinct term once, then further occurrences. */
export function chooseTargets(page: Page, count: number): Promise<{ indexes: number[]; distinct: number }> {
  return inContentScript(
    page,
    `(() => {
      const texts = ${RANGES}.map((r) => r.toString().replace(/\\s+/g, ''));
      const seen = new Set();
      const first = [];
      const rest = [];
      texts.forEach((t, i) => (seen.has(t) ? rest : (seen.add(t), first)).push(i));
      return { indexes: [...first, ...rest].slice(0, ${count}), distinct: seen.size };
    })()`,
  );
}

export interface Aim {
  /** The centre of the range's first line box. */
  x: number;
  y: number;
  /** The range's bounding box, which the card is placed against. */
  anchor: { left: number; top: number; bottom: number };
  covered: boolean;
}

/** Scrolls range `index` to mid-viewport; where to point, and whether our card covers it. */
export function aim(page: Page, index: number): Promise<Aim> {
  return inContentScript(
    page,
    `(() => {
      const range = ${RANGES}[${index}];
      window.scrollBy(0, range.getBoundingClientRect().top - innerHeight / 2);
      const box = range.getClientRects()[0];
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const card = ${OUR_ROOT}?.querySelector('${CARD}:not([hidden])');
      const c = card?.getBoundingClientRect();
      const { left, top, bottom } = range.getBoundingClientRect();
      return { x, y, anchor: { left, top, bottom }, covered: !!c && x >= c.left && x <= c.right && y >= c.top && y <= c.bottom };
    })()`,
  );
}

async function cardDurations(page: Page): Promise<number[]> {
  return (await contentMarks(page)).cards;
}

export async function hoverTerms(page: Page, count: number): Promise<HoverResult> {
  const { indexes, distinct } = await chooseTargets(page, count);
  const durations: number[] = [];
  let misses = 0;
  for (const index of indexes) {
    let target = await aim(page, index);
    if (target.covered) {
      // The previous card sits over this term: let it close first.
      await page.mouse.move(NEUTRAL.x, NEUTRAL.y);
      await waitForCard(page, false);
      target = await aim(page, index);
    }
    const before = (await cardDurations(page)).length;
    await page.mouse.move(target.x, target.y);
    const deadline = Date.now() + CARD_TIMEOUT_MS;
    let cards = await cardDurations(page);
    while (cards.length === before && Date.now() < deadline) {
      await page.waitForTimeout(50);
      cards = await cardDurations(page);
    }
    if (cards.length === before) misses++;
    else durations.push(cards.at(-1)!);
  }
  if (durations.length === 0 && indexes.length > 0) {
    throw new MissingInstrumentation(`content script: no card entry in the marks after ${indexes.length} hovers`);
  }
  return { durations, distinctTerms: distinct, misses };
}
