// Which corpus documents a page is about: Okapi BM25 with glossary entries as the tokens.
//
// Why entries and not jieba words: the page state already carries the entries found on the
// page with their counts (the content script gets them from the background's jieba pass), so
// the panel needs neither the page's text nor a 4 MB segmenter. Entries are curated concepts
// of this domain: a traditional-character page (上海合作組織) and the simplified corpus
// (上海合作组织) meet on one id, and the function words that dominate a word list never
// count. The cost: a page that names few glossary terms gets a thin ranking, and a corpus
// document without glossary terms is never found — acceptable for a corpus whose every
// document is full of them.
//
// Each document is its bag of entries (paragraphs mentioning each, from the concordance);
// the page is the query, its counts saturated the way BM25 saturates query terms (k3), so
// a term repeated forty times on a page does not drown the rest.
import type { DocumentEntries } from './document-entries';

/** A page's glossary entry and how often the page shows it. */
export interface PageTerm {
  id: string;
  count: number;
}

export interface RelatedDocument {
  docId: string;
  score: number;
  /** The shared entries, the one that adds most to the score first. */
  why: string[];
}

/** Textbook BM25 constants: term-frequency saturation, length normalisation, query saturation. */
const K1 = 1.2;
const B = 0.75;
const K3 = 1.5;

export function rankRelated(page: readonly PageTerm[], docs: DocumentEntries): RelatedDocument[] {
  const query = new Map<string, number>();
  for (const { id, count } of page) if (count > 0) query.set(id, (query.get(id) ?? 0) + count);
  if (query.size === 0 || docs.size === 0) return [];

  const lengths = new Map([...docs].map(([docId, bag]) => [docId, [...bag.values()].reduce((a, b) => a + b, 0)]));
  const averageLength = [...lengths.values()].reduce((a, b) => a + b, 0) / docs.size;
  const df = new Map<string, number>();
  for (const bag of docs.values()) for (const id of bag.keys()) if (query.has(id)) df.set(id, (df.get(id) ?? 0) + 1);
  // The always-positive IDF (Lucene's): an entry in every document still counts a little.
  const idf = (id: string) => Math.log(1 + (docs.size - df.get(id)! + 0.5) / (df.get(id)! + 0.5));

  const ranked: RelatedDocument[] = [];
  for (const [docId, bag] of docs) {
    const norm = K1 * (1 - B + (B * lengths.get(docId)!) / averageLength);
    const parts: [string, number][] = [];
    for (const [id, qtf] of query) {
      const tf = bag.get(id);
      if (!tf) continue;
      parts.push([id, idf(id) * ((tf * (K1 + 1)) / (tf + norm)) * (((K3 + 1) * qtf) / (K3 + qtf))]);
    }
    if (parts.length === 0) continue;
    parts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    ranked.push({ docId, score: parts.reduce((s, [, v]) => s + v, 0), why: parts.map(([id]) => id) });
  }
  return ranked.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId));
}
