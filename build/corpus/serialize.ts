// The one byte format of corpus.json, shared by the build script and the regeneration test.
import type { Corpus } from '../../lib/corpus/schema';

export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 1)}\n`;
}
