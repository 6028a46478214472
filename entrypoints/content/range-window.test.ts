import { expect, test } from 'vitest';
import { DocumentOrder, firstPassing, relocated, sameSlice, windowIn, windowLeft, type Box } from './range-window';

/** A stand-in range: its node, offset and box (20 px lines). */
interface Fake {
  node: number;
  offset: number;
  box: Box;
}
const at = (node: number, offset: number, line: number): Fake => ({ node, offset, box: { top: line * 20, bottom: line * 20 + 18 } });
const boxOf = (r: Fake) => r.box;

const order = (a: Fake, b: Fake) => a.node - b.node || a.offset - b.offset;

test('document order: sorted once, then changes merged in; a range deleted and added again is there once', () => {
  const [a, b, c, d, e] = [at(2, 5, 0), at(1, 9, 0), at(2, 1, 0), at(1, 3, 0), at(1, 5, 0)];
  const held = new Set([a, b, c, d]);
  const o = new DocumentOrder(order, held);
  expect(o.current((r) => held.has(r))).toEqual([d, b, c, a]);
  // e comes; c goes; b is deleted and added again (a category change).
  held.add(e).delete(c);
  o.add(e);
  o.delete(c);
  o.delete(b);
  o.add(b);
  expect(o.current((r) => held.has(r))).toEqual([d, e, b, a]);
  // Added and deleted again before anyone asked: never there.
  const f = at(0, 0, 0);
  o.add(f);
  o.delete(f);
  expect(o.current((r) => held.has(r))).toEqual([d, e, b, a]);
});

test('firstPassing finds the boundary of a monotone test, including none and all', () => {
  const xs = [1, 3, 5, 7, 9];
  expect(firstPassing(xs, (x) => x >= 5)).toBe(2);
  expect(firstPassing(xs, (x) => x > 100)).toBe(5);
  expect(firstPassing(xs, () => true)).toBe(0);
  expect(firstPassing([], () => true)).toBe(0);
});

test('the window is the slice whose boxes meet the band, and asks for few boxes', () => {
  // One range per line, lines -500 … 499 (the viewport starts at line 0).
  const sorted = Array.from({ length: 1000 }, (_, i) => at(0, i, i - 500));
  let reads = 0;
  const counted = (r: Fake) => (reads++, r.box);
  const w = windowIn(sorted, counted, -100, 900);
  // Lines -5 (bottom -82 ≥ -100) to 45 (top 900 ≤ 900).
  expect(sorted[w.lo]!.box.top).toBe(-100);
  expect(sorted[w.hi - 1]!.box.top).toBe(900);
  expect(reads).toBeLessThan(25);
});

test('a band with no range in it gives an empty window where the band is', () => {
  const sorted = [at(0, 0, -100), at(0, 1, 100)];
  const w = windowIn(sorted, boxOf, 0, 1000);
  expect(w.hi - w.lo).toBe(0);
  expect(w.lo).toBe(1);
});

test('the window is left once a range outside it comes within reach of the viewport', () => {
  const sorted = [at(0, 0, -60), at(0, 1, 10), at(0, 2, 90)];
  const w = windowIn(sorted, boxOf, -1000, 1600); // everything, nothing outside
  expect(windowLeft(w, boxOf, 800, 400)).toBe(false);
  const narrow = { sorted, lo: 1, hi: 2 };
  // Line -60 ends at -1182: more than 400 px above; line 90 starts at 1800: more than 400 px below 800.
  expect(windowLeft(narrow, boxOf, 800, 400)).toBe(false);
  // Scrolled so line 90 starts at 1100: within 400 px of the viewport's bottom.
  const scrolled = sorted.map((r) => ({ ...r, box: { top: r.box.top - 700, bottom: r.box.bottom - 700 } }));
  expect(windowLeft({ sorted: scrolled, lo: 1, hi: 2 }, boxOf, 800, 400)).toBe(true);
});

test('relocated keeps the window between the same neighbours as ranges come and go elsewhere, with no box read', () => {
  const sorted = Array.from({ length: 10 }, (_, i) => at(0, i * 10, i));
  const old = { sorted, lo: 3, hi: 6 }; // offsets 30, 40, 50
  // Ranges added far above and far below, one between the neighbours (offset 25), and one in the window gone.
  const changed = [at(0, 1, 0), ...sorted.slice(0, 3), at(0, 25, 2), sorted[3]!, sorted[5]!, ...sorted.slice(6), at(0, 999, 99)];
  const w = relocated(old, changed, order)!;
  expect(w.sorted.slice(w.lo, w.hi).map((r) => r.offset)).toEqual([25, 30, 50]);
  // A window reaching the end of the list: where it ends now is not known without measuring.
  expect(relocated({ sorted, lo: 7, hi: 10 }, changed, order)).toBeUndefined();
});

test('sameSlice compares the ranges registered, not the indices', () => {
  const sorted = [at(0, 0, 0), at(0, 1, 1), at(0, 2, 2)];
  const w = { sorted, lo: 1, hi: 3 };
  expect(sameSlice(w, { sorted: [at(0, 9, 0), ...sorted], lo: 2, hi: 4 })).toBe(true);
  expect(sameSlice(w, { sorted, lo: 0, hi: 2 })).toBe(false);
  expect(sameSlice(undefined, w)).toBe(false);
});
