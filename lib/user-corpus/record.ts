// What is stored for a saved document: the document, plus what reading and searching it
// need and only jieba can give — its search terms and the glossary entries of each
// paragraph (the same concordance the build computes for the bundled corpus). Computed
// once, when the page is saved or imported, so opening the panel never loads jieba.
import { annotateText } from '../annotate/annotate';
import type { Matcher } from '../glossary/matcher';
import { documentTerms, type DocumentTerms, type SearchJieba } from '../search/search-terms';
import type { Segmenter } from '../segment/segmenter';
import type { UserDocument } from './schema';

export interface UserRecord {
  id: string;
  doc: UserDocument;
  terms: DocumentTerms;
  /** Glossary entry ids per paragraph, in paragraph order. */
  entries: string[][];
}

export interface RecordTools {
  jieba: SearchJieba;
  /** A segmenter without the glossary's user words, so search terms match the build's. */
  segmenter: Segmenter;
  matcher: Matcher;
}

export function toRecord(doc: UserDocument, tools: RecordTools): UserRecord {
  const entries = doc.paragraphs.map((p) => {
    // A saved page is not known to be a related text: ambiguous terms need their context.
    const matches = annotateText(p.text, tools.segmenter, tools.matcher, { pageRelated: false });
    return [...new Set(matches.map((m) => m.entryId))];
  });
  return { id: doc.id, doc, terms: documentTerms(doc, tools.jieba), entries };
}
