// The corpus paragraphs a card offers for a term, ranked for the page being read rather than
// by age: the paragraph of the same document first when the page is one of the corpus
// documents (its text contains a stretch of the paragraph being read), then the paragraphs
// that share most glossary terms with the paragraph being read, the newest first among equals.
import type { Corpus } from '../corpus/schema';
import type { Occurrence } from '../glossary/compiled';
import type { CorpusRef } from '../messaging/messages';

/** The paragraph being read: its text and the glossary entries in it. */
interface Reading {
  text: string;
  entryIds: ReadonlySet<string>;
}

/** How long a stretch of the paragraph being read must be found in a corpus paragraph to call it the same. */
const SAME_TEXT_CHARS = 24;

const compact = (s: string) => s.replace(/\s+/g, '');

export type CardCorpusRanker = (entryId: string, reading: Reading, max?: number) => CorpusRef[];

export function createCardCorpusRanker(entries: readonly { id: string; occurrences: readonly Occurrence[] }[], corpus: Corpus): CardCorpusRanker {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const key = (o: Occurrence) => `${o.docId}#${o.paraId}`;
  /** Paragraph → the entries it mentions; entry → its paragraphs, each once, in corpus order. */
  const termsOf = new Map<string, Set<string>>();
  const paragraphsOf = new Map<string, Occurrence[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    const own: Occurrence[] = [];
    for (const o of entry.occurrences) {
      const k = key(o);
      termsOf.set(k, (termsOf.get(k) ?? new Set()).add(entry.id));
      if (!seen.has(k)) own.push(o);
      seen.add(k);
    }
    paragraphsOf.set(entry.id, own);
  }
  const textOf = (o: Occurrence) => compact(docs.get(o.docId)?.paragraphs.find((p) => p.id === o.paraId)?.text ?? '');

  return (entryId, reading, max = 3) => {
    const candidates = paragraphsOf.get(entryId) ?? [];
    const read = compact(reading.text);
    // A stretch from the middle of the paragraph being read: its start may be cut by the page's layout.
    const from = Math.max(0, Math.floor((read.length - SAME_TEXT_CHARS) / 2));
    const stretch = read.length >= SAME_TEXT_CHARS ? read.slice(from, from + SAME_TEXT_CHARS) : undefined;
    const scored = candidates.map((o, order) => {
      const doc = docs.get(o.docId);
      const shared = [...(termsOf.get(key(o)) ?? [])].filter((id) => id !== entryId && reading.entryIds.has(id)).length;
      return { o, order, date: doc?.date ?? '', same: stretch !== undefined && textOf(o).includes(stretch), shared };
    });
    scored.sort((a, b) => Number(b.same) - Number(a.same) || b.shared - a.shared || b.date.localeCompare(a.date) || a.order - b.order);
    return scored.slice(0, max).flatMap(({ o }) => {
      const doc = docs.get(o.docId);
      return doc ? [{ docId: o.docId, paraId: o.paraId, year: doc.date.slice(0, 4), title: doc.title }] : [];
    });
  };
}
