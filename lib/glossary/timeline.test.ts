import { expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from './data';
import { termTimeline } from './timeline';

function firstYear(term: string): string | undefined {
  const entry = glossary.entries.find((e) => e.term === term);
  if (!entry) throw new Error(`${term} is not in the glossary`);
  return termTimeline(entry, corpus)[0]?.year;
}

test('the relationship formulas appear in the corpus in historical order', () => {
  expect(firstYear('战略伙伴关系')).toBe('2005');
  expect(firstYear('全面战略伙伴关系')).toBe('2012');
  expect(firstYear('永久全面战略伙伴关系')).toBe('2023');
});

test('a timeline lists each document once, oldest first, with its paragraph count', () => {
  const entry = glossary.entries.find((e) => e.term === '睦邻友好')!;
  const points = termTimeline(entry, corpus);
  expect(new Set(points.map((p) => p.docId)).size).toBe(points.length);
  expect(points.map((p) => p.year)).toEqual([...points.map((p) => p.year)].sort());
  expect(points.reduce((n, p) => n + p.paragraphs, 0)).toBe(new Set(entry.occurrences.map((o) => `${o.docId}/${o.paraId}`)).size);
});
