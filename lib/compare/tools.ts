// The comparison's tools from a segmenter and the compiled glossary: the same in the
// command-line tool (Node's jieba), the panel (its own jieba) and the tests.
import type { CompiledGlossary } from '../glossary/compiled';
import { createTermSpanFinder } from '../reader/term-spans';
import type { Segmenter } from '../segment/segmenter';
import { createTopicClassifier } from './classify';
import type { CompareTools } from './compare';

export function createCompareTools(segmenter: Segmenter, glossary: CompiledGlossary): CompareTools {
  const termById = new Map(glossary.entries.map((e) => [e.id, e.term]));
  return {
    classify: createTopicClassifier(createTermSpanFinder(glossary.matcher.forms)),
    words: (text) => segmenter.tokenize(text).map((t) => t.word),
    termOf: (id) => termById.get(id) ?? id,
  };
}
