// A search index over the bundled corpus, from the terms computed at build time
// (assets/generated/search-terms.json): the side panel's, the tests' and the benchmark's.
import termsJson from '../../assets/generated/search-terms.json' with { type: 'json' };
import { corpus } from '../corpus/data';
import type { CorpusTerms } from './corpus-terms';
import { createSearchIndex, type SearchIndex } from './search-index';

const bundledTerms = termsJson as unknown as CorpusTerms;

export function createBundledIndex(): SearchIndex {
  const index = createSearchIndex();
  for (const doc of corpus.documents) {
    const terms = bundledTerms[doc.id];
    // A corpus rebuilt without its terms: the document is still readable, just not searchable.
    if (terms) index.add(doc, terms);
    else console.warn('[Treaty Lens] no search terms for', doc.id);
  }
  return index;
}
