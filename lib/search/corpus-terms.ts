// The bundled corpus's search terms, computed at build time (jieba runs in Node, not in the
// panel) and checked in as assets/generated/search-terms.json.
import type { Corpus } from '../corpus/schema';
import { documentTerms, type DocumentTerms, type SearchJieba } from './search-terms';

/** Document id → its terms, in corpus order. */
export type CorpusTerms = Record<string, DocumentTerms>;

export function corpusTerms(corpus: Corpus, jieba: SearchJieba): CorpusTerms {
  return Object.fromEntries(corpus.documents.map((doc) => [doc.id, documentTerms(doc, jieba)]));
}

/** The one byte format of the file, shared by the script and its up-to-date test. */
export function serializeCorpusTerms(terms: CorpusTerms): string {
  return `${JSON.stringify(terms, null, 1)}\n`;
}
