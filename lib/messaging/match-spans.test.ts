import { expect, test } from 'vitest';
import { encodeSpans, MAX_SPANS, spansFit } from './match-spans';

test('matches go as each id once and three numbers per match, in order', () => {
  const matches = [
    { entryId: 'cica', start: 0, end: 2 },
    { entryId: 'sco', start: 5, end: 11 },
    { entryId: 'cica', start: 20, end: 22 },
  ];
  const { ids, spans } = encodeSpans(matches);
  expect(ids).toEqual(['cica', 'sco']);
  expect(spans).toEqual([0, 0, 2, 1, 5, 11, 0, 20, 22]);
  expect(spansFit(spans, ids.length)).toBe(true);
});

test('spans that do not describe matches of the named ids are refused', () => {
  expect(spansFit([], 0)).toBe(true);
  for (const spans of [[0, 0], [1, 0, 2], [0, 3, 3], [0, 4, 2], [0, -1, 2], [0, 0, 2.5], [0, 0, '2'], [-1, 0, 2], 'x', null, { length: 3 }]) {
    expect(spansFit(spans, 1), JSON.stringify(spans)).toBe(false);
  }
  const many = Array.from({ length: MAX_SPANS + 1 }, (_, i) => [0, i, i + 1]).flat();
  expect(spansFit(many.slice(3), 1)).toBe(true);
  expect(spansFit(many, 1)).toBe(false);
});
