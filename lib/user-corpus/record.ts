// What is stored for a saved document: the document, plus what reading and searching it
// need and only jieba can give — its search terms and the glossary entries of each
// paragraph. Computed once, when the page is saved or imported, so opening the panel never
// loads jieba.
//
// The panel's jieba has no user words, so its search terms are the build's; its
// concordance is therefore nearly, not exactly, the build's (which segments with the
// glossary as user words): run over the bundled corpus it finds 513 of the build's 514
// entry–paragraph pairs, missing 阿特劳 in one paragraph of the 2014 declaration.
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
  /** A segmenter on the same jieba, without user words (they would change its search terms). */
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
