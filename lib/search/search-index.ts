// Full-text search over paragraphs (and document titles) with MiniSearch's BM25 ranking,
// plus a boost where the query occurs verbatim (BM25 ignores word order: 中哈关系 vs 中哈…伙伴关系).
// Terms come pre-split (search-terms.ts); the index also keeps its vocabulary, counted per
// entry, so queries can be cut into the same terms and removing a document forgets its words.
import MiniSearch from 'minisearch';
import { foldForSearch } from './fold';
import { queryTerms, type Vocabulary } from './query-terms';
import { splitTerms, TERM_SEPARATOR, type DocumentTerms } from './search-terms';

export interface SearchHit {
  docId: string;
  /** null: the document's title matched. */
  paraId: string | null;
  score: number;
  /** Index terms that matched, to highlight. */
  terms: string[];
}

/** What the index needs of a document besides its terms: the texts, for the verbatim boost. */
interface IndexedDocument {
  id: string;
  title: string;
  paragraphs: readonly { id: string; text: string }[];
}

export interface SearchIndex {
  /** Adds or replaces a document; `terms.paragraphs[i]` are the terms of `doc.paragraphs[i]`. */
  add(doc: IndexedDocument, terms: DocumentTerms): void;
  remove(docId: string): void;
  /** Every hit, best first. */
  search(query: string): SearchHit[];
}

interface Entry {
  key: string;
  title: string;
  text: string;
}

// A title hit says more about a document than one paragraph hit does.
const TITLE_BOOST = 2;
const VERBATIM_BOOST = 2;

class CountedVocabulary implements Vocabulary {
  private counts = new Map<string, number>();
  maxLength = 0;

  has(term: string): boolean {
    return this.counts.has(term);
  }

  add(terms: Iterable<string>): void {
    for (const t of terms) {
      this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
      if (t.length > this.maxLength) this.maxLength = t.length;
    }
  }

  remove(terms: Iterable<string>): void {
    for (const t of terms) {
      const n = (this.counts.get(t) ?? 0) - 1;
      if (n > 0) this.counts.set(t, n);
      else this.counts.delete(t);
    }
  }
}

const keyOf = (docId: string, paraId: string | null) => `${docId}#${paraId ?? ''}`;

/** The folded text without spaces and punctuation, where a verbatim query is looked for. */
function compact(text: string): string {
  return foldForSearch(text).text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function createSearchIndex(): SearchIndex {
  const mini = new MiniSearch<Entry>({
    idField: 'key',
    fields: ['title', 'text'],
    tokenize: splitTerms,
    processTerm: (term) => term,
  });
  const vocabulary = new CountedVocabulary();
  // Per document: its entries' keys and each entry's distinct terms, for removal.
  const byDoc = new Map<string, { key: string; terms: Set<string> }[]>();
  const refs = new Map<string, { docId: string; paraId: string | null; compact: string }>();

  function remove(docId: string): void {
    for (const { key, terms } of byDoc.get(docId) ?? []) {
      mini.discard(key);
      vocabulary.remove(terms);
      refs.delete(key);
    }
    byDoc.delete(docId);
  }

  return {
    add(doc, terms) {
      const docId = doc.id;
      if (doc.paragraphs.length !== terms.paragraphs.length) {
        throw new Error(`${docId}: ${doc.paragraphs.length} paragraphs but ${terms.paragraphs.length} term lists`);
      }
      remove(docId);
      const entries: Entry[] = [
        { key: keyOf(docId, null), title: terms.title, text: '' },
        ...doc.paragraphs.map((p, i) => ({ key: keyOf(docId, p.id), title: '', text: terms.paragraphs[i]! })),
      ];
      const texts = [doc.title, ...doc.paragraphs.map((p) => p.text)];
      const kept = entries.map((e, i) => {
        refs.set(e.key, { docId, paraId: i === 0 ? null : doc.paragraphs[i - 1]!.id, compact: compact(texts[i]!) });
        const distinct = new Set([...splitTerms(e.title), ...splitTerms(e.text)]);
        vocabulary.add(distinct);
        return { key: e.key, terms: distinct };
      });
      mini.addAll(entries);
      byDoc.set(docId, kept);
    },
    remove,
    search(query) {
      const terms = queryTerms(query, vocabulary);
      if (terms.length === 0) return [];
      const verbatim = compact(query);
      const results = mini.search(terms.join(TERM_SEPARATOR), {
        tokenize: splitTerms,
        processTerm: (term) => term,
        // Two characters or more: a one-character prefix would match half the corpus.
        prefix: (term) => [...term].length >= 2,
        boost: { title: TITLE_BOOST },
        combineWith: 'OR',
        // Only worth it for queries of more than one term; one term is verbatim wherever it matches.
        boostDocument: (key: string) =>
          terms.length > 1 && refs.get(key)!.compact.includes(verbatim) ? VERBATIM_BOOST : 1,
      });
      return results.map((r) => {
        const { docId, paraId } = refs.get(r.id as string)!;
        return { docId, paraId, score: r.score, terms: r.terms };
      });
    },
  };
}
