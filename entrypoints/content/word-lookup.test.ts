import { expect, test } from 'vitest';
import { textAround } from './word-lookup';

test('the text around a position: bounded on both sides, the position kept', () => {
  const data = `${'甲'.repeat(100)}斡旋${'乙'.repeat(100)}`;
  const around = textAround(data, 100);
  expect(around.text[around.offset]).toBe('斡');
  expect(around.text.length).toBeLessThan(100);
  expect(data.slice(around.from, around.from + around.text.length)).toBe(around.text);
  expect(textAround('斡旋', 1)).toEqual({ text: '斡旋', offset: 1, from: 0 });
});

test('a character outside the basic plane is never cut in half', () => {
  const data = `${'𠀀'.repeat(60)}斡旋${'𠀀'.repeat(60)}`;
  const around = textAround(data, 120);
  expect(around.text[around.offset]).toBe('斡');
  expect([...around.text].every((c) => c === '𠀀' || c === '斡' || c === '旋')).toBe(true);
});
