// Which corpus documents make the sample page: the 2023 newspaper page (the one seed in
// which all the headline terms occur together) and the 2014 joint declaration, ≈11,000
// characters in all.
import type { Corpus, CorpusDocument } from '../../lib/corpus/schema';

export const SAMPLE_DOC_IDS: readonly string[] = [
  '2023-05-16-mfa-spokesperson-china-central-asia-summit',
  '2023-05-17-xi-tokayev-talks',
  '2023-05-17-cn-kz-joint-statement',
  '2023-05-17-xinhua-commentary-china-central-asia',
  '2014-05-19-cn-kz-joint-declaration',
];

export function sampleDocs(corpus: Corpus): CorpusDocument[] {
  return SAMPLE_DOC_IDS.map((id) => {
    const doc = corpus.documents.find((d) => d.id === id);
    if (!doc) throw new Error(`sample document ${id} is not in the corpus`);
    return doc;
  });
}
