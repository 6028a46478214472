import { expect, test } from 'vitest';
import { PointerSpeed } from './pointer-speed';

test('a sweep across a line reads fast, a pointer settling on a word reads slow', () => {
  const sweep = new PointerSpeed();
  for (let i = 0; i < 10; i++) sweep.sample(i * 16, 0, i * 16); // 1 px/ms
  expect(sweep.current).toBeGreaterThan(0.9);

  const settle = new PointerSpeed();
  for (let i = 0; i < 10; i++) settle.sample(i, 0, i * 16); // ≈ 0.06 px/ms
  expect(settle.current).toBeLessThan(0.1);
});

test('the first movement after a pause is of unknown speed: it may start a sweep', () => {
  const s = new PointerSpeed();
  s.sample(0, 0, 0);
  expect(s.current).toBe(Infinity);
  s.sample(50, 0, 10);
  expect(s.current).toBe(5);
  s.sample(60, 0, 500);
  expect(s.current).toBe(Infinity);
});
