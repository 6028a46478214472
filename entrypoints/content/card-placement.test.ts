import { describe, expect, test } from 'vitest';
import { lineBoxes, lineIndexAt, outOfView, placeCard, type Box } from './card-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const overlaps = (a: { top: number; bottom: number }, b: Box) => a.top < b.bottom && a.bottom > b.top;

describe('line boxes', () => {
  test('a term wrapping over two lines has two line boxes, fragments on one line merged', () => {
    const lines = lineBoxes([box(600, 100, 640, 120), box(8, 124, 30, 144), box(640, 102, 660, 118), box(0, 0, 0, 0)]);
    expect(lines).toEqual([box(600, 100, 660, 120), box(8, 124, 30, 144)]);
  });

  test('the pointer picks the line it is on; the keyboard the first', () => {
    const lines = [box(600, 100, 660, 120), box(8, 124, 30, 144)];
    expect(lineIndexAt(lines, 130)).toBe(1);
    expect(lineIndexAt(lines, 110)).toBe(0);
    expect(lineIndexAt(lines, 150)).toBe(1);
    expect(lineIndexAt(lines)).toBe(0);
  });
});

describe('placement', () => {
  const viewport = { width: 1280, height: 860 };

  test('below the line when it fits, never over it', () => {
    const line = box(100, 200, 140, 220);
    const p = placeCard(line, { width: 300, height: 120 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(220);
    expect(p.maxHeight).toBeUndefined();
    expect(overlaps({ top: p.top, bottom: p.top + 120 }, line)).toBe(false);
  });

  test('above the line when only there is room', () => {
    const line = box(100, 780, 140, 800);
    const p = placeCard(line, { width: 300, height: 200 }, viewport);
    expect(p.side).toBe('above');
    expect(p.top + 200).toBeLessThanOrEqual(780);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });

  test('at 200 % zoom (640 × 430) a tall card is capped to the larger side and stays on screen', () => {
    const small = { width: 640, height: 430 };
    const line = box(500, 180, 600, 200);
    const p = placeCard(line, { width: 380, height: 400 }, small);
    const height = p.maxHeight ?? 400;
    expect(p.maxHeight).toBeDefined();
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(p.top + height).toBeLessThanOrEqual(430);
    expect(p.left + 380).toBeLessThanOrEqual(640);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(overlaps({ top: p.top, bottom: p.top + height }, line)).toBe(false);
  });

  test('a line scrolled out of the viewport is out of view', () => {
    expect(outOfView(box(10, -40, 50, -20), viewport)).toBe(true);
    expect(outOfView(box(10, 900, 50, 920), viewport)).toBe(true);
    expect(outOfView(box(10, 100, 50, 120), viewport)).toBe(false);
  });
});
