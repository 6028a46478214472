// A term's history in the corpus: the documents (and years) it appears in, oldest first,
// so a reader can watch 战略伙伴关系 (2005) become 全面战略伙伴关系 and then
// 永久全面战略伙伴关系.
import type { Corpus } from '../corpus/schema';
import type { CompiledEntry } from './compiled';

export interface TimelinePoint {
  year: string;
  docId: string;
  title: string;
  /** Paragraphs of the document where the term appears. */
  paragraphs: number;
}

export function termTimeline(entry: CompiledEntry, corpus: Corpus): TimelinePoint[] {
  const counts = new Map<string, number>();
  for (const o of entry.occurrences) counts.set(o.docId, (counts.get(o.docId) ?? 0) + 1);
  return corpus.documents
    .filter((d) => counts.has(d.id))
    .map((d) => ({ year: d.date.slice(0, 4), docId: d.id, title: d.title, paragraphs: counts.get(d.id)! }))
    .sort((a, b) => a.year.localeCompare(b.year) || a.docId.localeCompare(b.docId));
}
