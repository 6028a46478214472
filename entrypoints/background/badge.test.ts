import { expect, test } from 'vitest';
import { badgeText } from './badge';

const state = { host: 'a.org', score: 1, reasons: [], found: [] };

test('the badge shows the count, caps it, says off, and is empty on a page without terms', () => {
  expect(badgeText({ ...state, verdict: 'related', terms: 42 })).toBe('42');
  expect(badgeText({ ...state, verdict: 'related', terms: 12_345 })).toBe('999+');
  expect(badgeText({ ...state, verdict: 'off', terms: 0 })).toBe('off');
  expect(badgeText({ ...state, verdict: 'unrelated', terms: 0 })).toBe('');
});
