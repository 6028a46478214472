// Rebuilds assets/corpus/corpus.json from assets/corpus/raw/*.txt and refuses to write a
// corpus that loses, repeats or invents a sentence of its sources.
// Run: npx tsx build/build-corpus.ts   (--check: only fail if the file on disk is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCorpus } from './corpus/build';
import { checkCorpusFidelity } from './corpus/fidelity';
import { serializeCorpus } from './corpus/serialize';
import { CORPUS_JSON, readRawFiles } from './corpus-files';

const files = readRawFiles();
const corpus = buildCorpus(files);
const problems = checkCorpusFidelity(files, corpus);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const json = serializeCorpus(corpus);
if (process.argv.includes('--check')) {
  if (readFileSync(CORPUS_JSON, 'utf8') !== json) {
    console.error('assets/corpus/corpus.json is stale: run npx tsx build/build-corpus.ts');
    process.exit(1);
  }
} else {
  writeFileSync(CORPUS_JSON, json);
  console.log(`wrote ${CORPUS_JSON}: ${corpus.documents.length} documents, ${corpus.agreements.length} agreements`);
}
