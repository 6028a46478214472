import { expect, test } from 'vitest';
import { annotate } from './annotate';

const TEXT = '中哈两国元首在亚信峰会期间会晤，重申共同打击“三股势力”。';

test("entries the asker names as known are not sent again; the matches are", async () => {
  const first = await annotate({ type: 'annotate', text: TEXT, pageRelated: true, stage: 'fast' });
  if (!first.ok) throw new Error(first.error);
  const ids = Object.keys(first.entries);
  expect(ids.length).toBeGreaterThan(1);
  const again = await annotate({ type: 'annotate', text: TEXT, pageRelated: true, stage: 'fast', known: ids.slice(1) });
  if (!again.ok) throw new Error(again.error);
  expect([again.ids, again.spans]).toEqual([first.ids, first.spans]);
  expect(Object.keys(again.entries)).toEqual([ids[0]]);
});
