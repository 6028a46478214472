// Pre-tokenises the bundled corpus for search (jieba, search mode) into
// assets/generated/search-terms.json, so the side panel builds its index without jieba.
// Run after the corpus changes; lib/search/corpus-terms.test.ts checks the file is current.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { CorpusSchema } from '../lib/corpus/schema';
import { glossary } from '../lib/glossary/data';
import { createMatcher } from '../lib/glossary/matcher';
import { createSegmenter } from '../lib/segment/segmenter';
import { CORPUS_JSON } from './corpus-files';
import { corpusTerms, serializeCorpusTerms } from '../lib/search/corpus-terms';

export const SEARCH_TERMS_OUT = 'assets/generated/search-terms.json';

export function buildSearchTermsJson(): string {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')));
  // The glossary as user words, as the extension's one jieba has them (saved pages are indexed there).
  createSegmenter(jieba, createMatcher(glossary.matcher).userWords);
  return serializeCorpusTerms(corpusTerms(corpus, jieba));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('assets/generated', { recursive: true });
  const json = buildSearchTermsJson();
  writeFileSync(SEARCH_TERMS_OUT, json);
  console.log(`wrote ${SEARCH_TERMS_OUT} (${json.length} bytes)`);
}
