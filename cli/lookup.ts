// npm run --silent lookup -- WORD_OR_TEXT: looks a text up as the extension does and
// prints exactly one JSON object on stdout:
// {"query", "glossary": [{"id", "term", "english"}], "dictionary": [{"simplified", "traditional", "pinyin", "senses"}]}
// glossary: the entries the text contains (the annotator's matching); dictionary: every
// reading of each word of the text, segmented as a page is. No Chinese, nothing found.
import * as jieba from 'jieba-wasm';
import { openDictionaryDir } from '../lib/dictionary/load-node';
import { lookUpText } from '../lib/dictionary/look-up';
import { glossary } from '../lib/glossary/data';
import { createMatcher } from '../lib/glossary/matcher';
import { createSegmenter } from '../lib/segment/segmenter';

const query = process.argv[2];
if (query === undefined) {
  process.stderr.write('usage: npm run --silent lookup -- WORD_OR_TEXT\n');
  process.exit(2);
}

const matcher = createMatcher(glossary.matcher);
const result = await lookUpText(query, {
  segmenter: createSegmenter(jieba, matcher.userWords),
  matcher,
  dictionary: await openDictionaryDir(),
  glossaryEntries: new Map(glossary.entries.map((e) => [e.id, e])),
});

const out = {
  query,
  glossary: result.glossary.map(({ id, term, english }) => ({ id, term, english })),
  dictionary: result.words.flatMap((w) => w.entries.map(({ simplified, traditional, pinyin, senses }) => ({ simplified, traditional, pinyin, senses }))),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
