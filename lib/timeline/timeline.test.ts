import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { buildTimeline } from './timeline';

const years = buildTimeline(corpus);
const items = years.flatMap((y) => y.items);

describe('the timeline', () => {
  test('holds every document once, in date order, grouped by year', () => {
    const docs = items.filter((i) => i.type === 'document');
    expect(docs.map((d) => d.docId).sort()).toEqual(corpus.documents.map((d) => d.id).sort());
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    for (const y of years) for (const i of y.items) expect(i.date.startsWith(y.year)).toBe(true);
    expect(years.map((y) => y.year)).toEqual([...new Set(years.map((y) => y.year))]);
  });

  test('adds dated agreements that are cited but not bundled, with where they are cited', () => {
    const treaty = items.find((i) => i.type === 'agreement' && i.agreementId === 'cn-kz-treaty-of-good-neighbourliness-2002');
    expect(treaty).toMatchObject({ date: '2002-12-23', citedIn: { docId: '2005-07-04-cn-kz-joint-statement-strategic-partnership' } });
    // Bundled agreements appear as their documents, undated ones not at all.
    const agreementIds = items.flatMap((i) => (i.type === 'agreement' ? [i.agreementId] : []));
    expect(agreementIds).not.toContain('2014-05-19-cn-kz-joint-declaration');
    expect(agreementIds).not.toContain('un-charter');
  });

  test('runs from the first cited agreement to the 2023 summit', () => {
    expect(years[0]!.year).toBe('2001');
    expect(years.at(-1)!.year).toBe('2023');
    expect(years.map((y) => y.year)).toContain('2005');
  });
});
