import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from '../glossary/data';
import { createCardCorpusRanker } from './card-corpus';

const rank = createCardCorpusRanker(glossary.entries, corpus);
const sco = glossary.entries.find((e) => e.id === 'sco')!;
const paragraph = (docId: string, paraId: string) => corpus.documents.find((d) => d.id === docId)!.paragraphs.find((p) => p.id === paraId)!.text;
const termsIn = (docId: string, paraId: string) => new Set(glossary.entries.filter((e) => e.occurrences.some((o) => o.docId === docId && o.paraId === paraId)).map((e) => e.id));

describe("the card's corpus paragraphs", () => {
  test('on a page that is a corpus document, its own paragraph comes first, even when it is not the oldest', () => {
    const newest = [...sco.occurrences].sort((a, b) => {
      const date = (id: string) => corpus.documents.find((d) => d.id === id)!.date;
      return date(b.docId).localeCompare(date(a.docId));
    })[0]!;
    // As a page shows it: spaces and line breaks of its own.
    const text = paragraph(newest.docId, newest.paraId).replace(/(.{20})/g, '$1\n ');
    const [first] = rank('sco', { text, entryIds: new Set() });
    expect(first).toMatchObject({ docId: newest.docId, paraId: newest.paraId });
  });

  test('otherwise the paragraphs sharing most terms with the one being read come first', () => {
    const reading = { text: '一段不在语料库中的文字。', entryIds: new Set(['cica', 'three-evil-forces']) };
    const refs = rank('sco', reading, 50);
    const shared = refs.map((r) => [...termsIn(r.docId, r.paraId)].filter((id) => reading.entryIds.has(id)).length);
    expect(shared[0]).toBeGreaterThan(0);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  test('three by default, each a paragraph of the entry, each once', () => {
    const refs = rank('sco', { text: '', entryIds: new Set() });
    expect(refs).toHaveLength(3);
    expect(new Set(refs.map((r) => `${r.docId}#${r.paraId}`)).size).toBe(3);
    for (const r of refs) expect(sco.occurrences.some((o) => o.docId === r.docId && o.paraId === r.paraId)).toBe(true);
  });
});
