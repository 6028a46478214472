// What a comparison reads of a document, whatever it is (bundled, saved, a file given to
// the command line): its reference for citations and its body paragraphs with the glossary
// entries each holds.
export interface CompareParagraph {
  id: string;
  text: string;
  /** Glossary entry ids found in the paragraph. */
  entries: readonly string[];
}

export interface DocumentRef {
  id: string;
  title: string;
  /** ISO date, or null when the document gives none. */
  date: string | null;
  /** Where a saved page came from. */
  url?: string;
}

export interface CompareDocument extends DocumentRef {
  /** Body paragraphs only: headings and signature lines say nothing to compare. */
  paragraphs: CompareParagraph[];
}

export const documentRef = ({ id, title, date, url }: DocumentRef): DocumentRef => (url ? { id, title, date, url } : { id, title, date });

/** Oldest first; undated documents last. */
export const byDate = (x: DocumentRef, y: DocumentRef): number => (x.date ?? '9999').localeCompare(y.date ?? '9999');

interface SourceDocument extends DocumentRef {
  paragraphs: readonly { id: string; kind: string; text: string }[];
}

export function toCompareDocument(doc: SourceDocument, entriesOf: (paraId: string) => Iterable<string>): CompareDocument {
  return {
    ...documentRef(doc),
    paragraphs: doc.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => ({ id: p.id, text: p.text, entries: [...entriesOf(p.id)] })),
  };
}
