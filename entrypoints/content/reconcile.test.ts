import { expect, test } from 'vitest';
import { reconcile, type MatchList } from './reconcile';

const list = (...ms: [string, number, number][]): MatchList => ({
  entryIds: ms.map((m) => m[0]),
  starts: Int32Array.from(ms.map((m) => m[1])),
  ends: Int32Array.from(ms.map((m) => m[2])),
});

test('matches both stages found are kept; the rest are dropped or new', () => {
  // Fast: 亚信 inside 东南亚信息 (wrong), 上海合作组织 (right), 中亚 (jieba reads 中亚国家 whole).
  const fast = list(['cica', 2, 4], ['sco', 10, 16], ['central-asia', 20, 22]);
  const settled = list(['sco', 10, 16], ['central-asia-states', 20, 24]);
  const { kept, dropped } = reconcile(fast, settled);
  expect([...kept]).toEqual([1, -1]);
  expect(dropped).toEqual([0, 2]);
});

test('same offsets under another entry are not the same match', () => {
  const { kept, dropped } = reconcile(list(['a', 0, 2]), list(['b', 0, 2]));
  expect([...kept]).toEqual([-1]);
  expect(dropped).toEqual([0]);
});

test('identical lists keep everything', () => {
  const both = list(['a', 0, 2], ['b', 3, 5], ['a', 9, 11]);
  const { kept, dropped } = reconcile(both, both);
  expect([...kept]).toEqual([0, 1, 2]);
  expect(dropped).toEqual([]);
});
