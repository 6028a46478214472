// What is stored for a saved document: the document, plus what reading and searching it
// need and only jieba can give — its search terms and the glossary entries of each
// paragraph. Computed once, when the page is saved or imported, in the background by the
// extension's one jieba, which has the glossary as user words exactly as the build's has
// when it indexes the bundled corpus: a saved page is indexed as a bundled document is.
import { annotateText } from '../annotate/annotate';
import type { Matcher } from '../glossary/matcher';
import { documentTerms, type DocumentTerms, type SearchJieba } from '../search/search-terms';
import type { Segmenter } from '../segment/segmenter';
import type { UserDocument } from './schema';

/** What only jieba can give about a document. */
export interface DocumentIndex {
  terms: DocumentTerms;
  /** Glossary entry ids per paragraph, in paragraph order. */
  entries: string[][];
}

export interface UserRecord extends DocumentIndex {
  id: string;
  doc: UserDocument;
}

export interface IndexTools {
  jieba: SearchJieba;
  /** A segmenter on the same jieba, with the glossary as user words. */
  segmenter: Segmenter;
  matcher: Matcher;
}

export function indexDocument(doc: { title: string; paragraphs: readonly { text: string }[] }, tools: IndexTools): DocumentIndex {
  const entries = doc.paragraphs.map((p) => {
    // A saved page is not known to be a related text: ambiguous terms need their context.
    const matches = annotateText(p.text, tools.segmenter, tools.matcher, { pageRelated: false });
    return [...new Set(matches.map((m) => m.entryId))];
  });
  return { terms: documentTerms(doc, tools.jieba), entries };
}

export function toRecord(doc: UserDocument, index: DocumentIndex): UserRecord {
  return { id: doc.id, doc, ...index };
}
