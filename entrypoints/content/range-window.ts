// The registered slice of a tall element's ranges (highlights.ts). An element many viewports
// tall (one huge text node, a long <pre>) is near the viewport as a whole, yet registering
// all its ranges would make every frame pay for all of them (DESIGN §7). Its ranges are kept
// in document order, and the slice whose boxes meet a band around the viewport is found by
// binary search: a few dozen layout reads, not one per range.
// Generic over the range type so that the logic runs in Node tests without a DOM.

export interface Box {
  top: number;
  bottom: number;
}

export interface RangeWindow<R> {
  /** The element's ranges in document order. */
  readonly sorted: readonly R[];
  /** The registered slice: from sorted[lo] up to, not including, sorted[hi]. */
  readonly lo: number;
  readonly hi: number;
}

/**
 * A set of ranges kept in document order as they come and go: sorted once, then each change
 * merged in (a page adds its ranges chunk by chunk; sorting them all each time would cost
 * more than everything else done with them).
 */
export class DocumentOrder<R> {
  private sorted: R[];
  private added: R[] = [];
  private readonly removed = new Set<R>();

  constructor(
    private readonly compare: (a: R, b: R) => number,
    initial: Iterable<R>,
  ) {
    this.sorted = [...initial].sort(compare);
  }

  add(item: R): void {
    this.added.push(item);
  }

  delete(item: R): void {
    this.removed.add(item);
  }

  /** The items in order, those `has` still holds (a range deleted and added again is there once). */
  current(has: (item: R) => boolean): readonly R[] {
    if (this.added.length === 0 && this.removed.size === 0) return this.sorted;
    const kept = this.removed.size > 0 ? this.sorted.filter((item) => !this.removed.has(item)) : this.sorted;
    const fresh = [...new Set(this.added)].filter(has).sort(this.compare);
    this.sorted = merged(kept, fresh, this.compare);
    this.added = [];
    this.removed.clear();
    return this.sorted;
  }
}

/** Two sorted lists as one. */
function merged<R>(a: readonly R[], b: readonly R[], compare: (a: R, b: R) => number): R[] {
  const out: R[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The first index whose item passes `test`, for a test that fails and then passes along the list. */
export function firstPassing<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The slice of `sorted` (in reading order, so top to bottom) whose boxes meet the band from `top` to `bottom`. */
export function windowIn<R>(sorted: readonly R[], boxOf: (item: R) => Box, top: number, bottom: number): RangeWindow<R> {
  const lo = firstPassing(sorted, (r) => boxOf(r).bottom >= top);
  const hi = Math.max(lo, firstPassing(sorted, (r) => boxOf(r).top > bottom));
  return { sorted, lo, hi };
}

/**
 * The same window in a changed list, found without a layout read: from just after the range
 * above the old window to the range below it. A range added between those two is taken in
 * (at worst a little outside the band, which costs nothing); with no range below the old
 * window the end is unknown, and the caller measures instead (undefined).
 */
export function relocated<R>(old: RangeWindow<R>, sorted: readonly R[], compare: (a: R, b: R) => number): RangeWindow<R> | undefined {
  const above = old.sorted[old.lo - 1];
  const below = old.sorted[old.hi];
  if (below === undefined) return undefined;
  const lo = above === undefined ? 0 : firstPassing(sorted, (r) => compare(r, above) > 0);
  const hi = firstPassing(sorted, (r) => compare(r, below) >= 0);
  return { sorted, lo, hi: Math.max(lo, hi) };
}

/**
 * Whether a range outside the window has come within `reach` of the viewport (height
 * `viewport`): the window must be found again. Checking only the two neighbours of the
 * window keeps each scroll frame to two layout reads.
 */
export function windowLeft<R>(w: RangeWindow<R>, boxOf: (item: R) => Box, viewport: number, reach: number): boolean {
  const above = w.sorted[w.lo - 1];
  const below = w.sorted[w.hi];
  return (above !== undefined && boxOf(above).bottom >= -reach) || (below !== undefined && boxOf(below).top <= viewport + reach);
}

/** Whether two windows register the same ranges. */
export function sameSlice<R>(a: RangeWindow<R> | undefined, b: RangeWindow<R>): boolean {
  if (!a || a.hi - a.lo !== b.hi - b.lo) return false;
  for (let i = 0; i < b.hi - b.lo; i++) if (a.sorted[a.lo + i] !== b.sorted[b.lo + i]) return false;
  return true;
}
