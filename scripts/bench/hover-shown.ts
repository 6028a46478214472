// Pointer → card laid out, as the reader feels it (hover intent included): real mouse moves
// through CDP, in small slowing steps down the blank space between two lines and a last one
// onto a highlighted term, where the pointer stops; timed from that last move's event
// timestamp to the first frame in which the card is there. Measured from the
// page's own world, since the card lives in our shadow root (which may be closed): every
// frame a requestAnimationFrame probe hit-tests two points where the card is placed, just
// below the term (bottom-start) and just above it (flipped); a point covered by the card
// hits our host element, and the hit test forces layout, so the first hit is the first
// frame with the card laid out.
import type { Page } from 'playwright-core';
import { aim, CARD_TIMEOUT_MS, chooseTargets, NEUTRAL, type Aim } from './hover';

export interface HoverShownResult {
  durations: number[];
  /** Hovers after which no card appeared within the time limit. */
  misses: number;
  /** Targets skipped because a card would not leave the probe points. */
  blocked: number;
}

/**
 * The approach, in px from the top of the term's first line box: steps that shrink in the
 * blank space above it (the hit test takes a pixel of slack, so these stay clear of the
 * term), then one onto the term. Only the last move is on the term, so the card can only be
 * the answer to it. A 60 Hz mouse: one move every 16 ms.
 */
const APPROACH_DY = [-10, -7, -5, -4, 4];
const STEP_GAP_MS = 16;
/** The card's offset from the term (tooltip.ts) plus a margin inside the card. */
const PROBE_GAP_PX = 6 + 14;

type Point = { x: number; y: number };

/** Where the card lands if it opens for this term: below its box, or above when flipped. */
function probePoints(target: Aim): Point[] {
  const x = target.anchor.left + 8;
  return [
    { x, y: target.anchor.bottom + PROBE_GAP_PX },
    { x, y: target.anchor.top - PROBE_GAP_PX },
  ];
}

// Page-world code goes as strings: tsx would wrap named functions in a helper the page lacks.
const HITS_HOST = (points: Point[]) =>
  `${JSON.stringify(points)}.some((p) => document.elementFromPoint(p.x, p.y)?.localName.startsWith('treaty-lens-ui'))`;

/** Records the timestamp of every trusted pointer move, in the page's world. */
function recordMoves(page: Page): Promise<void> {
  return page.evaluate(`{
    window.__benchHover = { lastMove: null, shownAt: null, frame: 0 };
    addEventListener('pointermove', (e) => { if (e.isTrusted) window.__benchHover.lastMove = e.timeStamp; }, { capture: true, passive: true });
  }`);
}

/** Starts a probe that, each frame until it hits, hit-tests the points. */
function startProbe(page: Page, points: Point[]): Promise<void> {
  return page.evaluate(`{
    const state = window.__benchHover;
    state.shownAt = null;
    state.lastMove = null;
    const frame = () => {
      if (${HITS_HOST(points)}) state.shownAt = performance.now();
      else state.frame = requestAnimationFrame(frame);
    };
    state.frame = requestAnimationFrame(frame);
  }`);
}

/** Last move → first frame with the card, or null if none came in time (the probe is then stopped). */
async function probeResult(page: Page): Promise<number | null> {
  const deadline = Date.now() + CARD_TIMEOUT_MS;
  for (;;) {
    const state = await page.evaluate<{ lastMove: number | null; shownAt: number | null }>('window.__benchHover');
    if (state.shownAt !== null && state.lastMove !== null) return state.shownAt - state.lastMove;
    if (Date.now() > deadline) {
      await page.evaluate('cancelAnimationFrame(window.__benchHover.frame)');
      return null;
    }
    await page.waitForTimeout(50);
  }
}

/** Waits until no card covers the points (the previous one closes after its grace period). */
async function clear(page: Page, points: Point[]): Promise<boolean> {
  const deadline = Date.now() + CARD_TIMEOUT_MS;
  while (await page.evaluate<boolean>(HITS_HOST(points))) {
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(50);
  }
  return true;
}

/** Moves down onto the term, slowing, as a hand does when it stops on a word. */
async function approach(page: Page, target: Aim): Promise<void> {
  for (const [i, dy] of APPROACH_DY.entries()) {
    if (i > 0) await page.waitForTimeout(STEP_GAP_MS);
    await page.mouse.move(target.x, target.anchor.top + dy);
  }
}

export async function hoverShownTimes(page: Page, count: number): Promise<HoverShownResult> {
  const { indexes } = await chooseTargets(page, count);
  await recordMoves(page);
  const result: HoverShownResult = { durations: [], misses: 0, blocked: 0 };
  for (const index of indexes) {
    await page.mouse.move(NEUTRAL.x, NEUTRAL.y);
    const target = await aim(page, index);
    const points = probePoints(target);
    if (!(await clear(page, points))) {
      result.blocked++;
      continue;
    }
    await startProbe(page, points);
    await approach(page, target);
    const ms = await probeResult(page);
    if (ms === null) result.misses++;
    else result.durations.push(ms);
  }
  if (result.durations.length === 0 && indexes.length > 0) {
    throw new Error(`no card was laid out after ${indexes.length} pointer approaches`);
  }
  return result;
}
