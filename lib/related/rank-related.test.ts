import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from '../glossary/data';
import { documentEntries, type DocumentEntries } from './document-entries';
import { rankRelated } from './rank-related';

const bag = (counts: Record<string, number>) => new Map(Object.entries(counts));
const docs: DocumentEntries = new Map([
  ['sco-summit', bag({ sco: 6, 'shanghai-spirit': 2, cica: 1 })],
  ['cica-summit', bag({ cica: 5, sco: 1 })],
  ['pipeline', bag({ 'gas-pipeline': 4, sco: 1 })],
]);

describe('rankRelated', () => {
  test('ranks the document that shares the page’s rarer and more frequent entries first', () => {
    const ranked = rankRelated([{ id: 'cica', count: 4 }, { id: 'sco', count: 1 }], docs);
    expect(ranked.map((r) => r.docId)).toEqual(['cica-summit', 'sco-summit', 'pipeline']);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  });

  test('gives the shared entries as the reason, the one adding most first', () => {
    const ranked = rankRelated([{ id: 'shanghai-spirit', count: 1 }, { id: 'sco', count: 3 }, { id: 'unknown', count: 9 }], docs);
    expect(ranked[0]).toMatchObject({ docId: 'sco-summit', why: ['shanghai-spirit', 'sco'] });
    expect(ranked.find((r) => r.docId === 'pipeline')?.why).toEqual(['sco']);
  });

  test('leaves out documents that share nothing', () => {
    expect(rankRelated([{ id: 'gas-pipeline', count: 2 }], docs).map((r) => r.docId)).toEqual(['pipeline']);
  });

  test('a term repeated many times does not drown the others', () => {
    const many = rankRelated([{ id: 'sco', count: 50 }, { id: 'cica', count: 3 }], docs);
    expect(many[0]!.docId).toBe('cica-summit');
  });

  test('empty input gives no result', () => {
    expect(rankRelated([], docs)).toEqual([]);
    expect(rankRelated([{ id: 'sco', count: 0 }], docs)).toEqual([]);
    expect(rankRelated([{ id: 'sco', count: 1 }], new Map())).toEqual([]);
  });
});

describe('on the bundled corpus', () => {
  const all = documentEntries(glossary.entries);

  test('every document is a bag of the entries its paragraphs mention', () => {
    const declaration = all.get('2014-05-19-cn-kz-joint-declaration')!;
    const cica = glossary.entries.find((e) => e.id === 'cica')!;
    expect(declaration.get('cica')).toBe(cica.occurrences.filter((o) => o.docId === '2014-05-19-cn-kz-joint-declaration').length);
    expect(all.size).toBe(corpus.documents.length);
  });

  test('a page with a document’s own entries finds that document first', () => {
    for (const doc of corpus.documents.filter((d) => d.paragraphs.length > 10)) {
      const page = [...all.get(doc.id)!].map(([id, count]) => ({ id, count }));
      expect(rankRelated(page, all)[0]!.docId, doc.id).toBe(doc.id);
    }
  });
});
