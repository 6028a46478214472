// Each corpus document as a bag of glossary entries, read off the glossary's concordance:
// an entry's weight in a document is the number of its paragraphs that mention it.
import type { Occurrence } from '../glossary/compiled';

/** Document id → entry id → paragraphs of the document that mention the entry. */
export type DocumentEntries = Map<string, Map<string, number>>;

export function documentEntries(entries: readonly { id: string; occurrences: readonly Occurrence[] }[]): DocumentEntries {
  const docs: DocumentEntries = new Map();
  for (const entry of entries) {
    for (const { docId } of entry.occurrences) {
      const bag = docs.get(docId) ?? new Map<string, number>();
      bag.set(entry.id, (bag.get(entry.id) ?? 0) + 1);
      docs.set(docId, bag);
    }
  }
  return docs;
}
