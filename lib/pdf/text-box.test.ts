import { describe, expect, test } from 'vitest';
import { textBox } from './text-box';

describe('textBox', () => {
  // A US-letter page (612 × 792) at scale 2: pdf.js's viewport flips y.
  const upright = [2, 0, 0, -2, 0, 1584];

  test('places a 12-point run on the upright page, y downwards', () => {
    const box = textBox(upright, 2, { transform: [12, 0, 0, 12, 72, 700], width: 120 });
    expect(box.left).toBeCloseTo(144);
    expect(box.right).toBeCloseTo(384);
    expect(box.top).toBeCloseTo(1584 - 2 * 712);
    expect(box.bottom).toBeCloseTo(1584 - 2 * 700 + 0.2 * 24);
  });

  test('on a page rotated by 90° the run reads down the screen, so its box is tall', () => {
    // pdf.js's viewport for rotation 90 at scale 1: [0, 1, 1, 0, 0, 0].
    const box = textBox([0, 1, 1, 0, 0, 0], 1, { transform: [10, 0, 0, 10, 100, 50], width: 80 });
    expect(box.bottom - box.top).toBeCloseTo(80);
    expect(box.right - box.left).toBeCloseTo(12);
  });
});
