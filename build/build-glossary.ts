// Validates assets/glossary/*.yaml and its Russian/Kazakh sidecars (ru/*.yaml), merges them
// and compiles the result, with its concordance into the corpus,
// to assets/generated/glossary.json (checked in; a test checks it is up to date).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { CorpusSchema } from '../lib/corpus/schema';
import { CORPUS_JSON } from './corpus-files';
import { compileGlossary } from './glossary/compile';
import { loadGlossaryFiles, loadTranslationFiles } from './glossary/load-files';
import { mergeTranslations } from './glossary/merge';
import { traditionalForms } from './glossary/traditional-forms';
import { createSegmenter } from '../lib/segment/segmenter';

export const GLOSSARY_OUT = 'assets/generated/glossary.json';

export function buildGlossaryJson(): string {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
  const entries = mergeTranslations(loadGlossaryFiles('assets/glossary'), loadTranslationFiles('assets/glossary'));
  const compiled = compileGlossary(entries, corpus, (words) => createSegmenter(jieba, words), traditionalForms);
  return `${JSON.stringify(compiled)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('assets/generated', { recursive: true });
  const json = buildGlossaryJson();
  writeFileSync(GLOSSARY_OUT, json);
  console.log(`wrote ${GLOSSARY_OUT} (${json.length} bytes)`);
}
