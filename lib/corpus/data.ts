// The bundled corpus as the runtime sees it; built and validated by build/build-corpus.ts.
import json from '../../assets/corpus/corpus.json' with { type: 'json' };
import type { Corpus } from './schema';

export const corpus = json as unknown as Corpus;
