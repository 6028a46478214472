import { expect, test } from 'vitest';
import { isSecondOfTouching } from './adjacency';

const at = (spans: [number, number][]) => ({ starts: Int32Array.from(spans.map(([s]) => s)), ends: Int32Array.from(spans.map(([, e]) => e)) });

test('in a run of touching matches every second one is marked apart; a gap starts a new run', () => {
  // 新华社|阿斯塔纳|电 … 上海合作组织|命运共同体 with a gap between the runs.
  const { starts, ends } = at([[0, 3], [3, 7], [7, 9], [12, 18], [18, 23], [30, 32]]);
  expect([0, 1, 2, 3, 4, 5].map((i) => isSecondOfTouching(starts, ends, i))).toEqual([false, true, false, false, true, false]);
});
