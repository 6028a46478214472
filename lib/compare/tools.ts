// The comparison's tools from jieba's words and the compiled glossary: the same in the
// command-line tool (Node's jieba), the panel (the background's jieba, asked ahead) and the tests.
import type { CompiledGlossary } from '../glossary/compiled';
import { createTermSpanFinder } from '../reader/term-spans';
import { createTopicClassifier } from './classify';
import type { CompareTools } from './compare';

export function createCompareTools(words: (text: string) => string[], glossary: CompiledGlossary): CompareTools {
  const termById = new Map(glossary.entries.map((e) => [e.id, e.term]));
  return {
    classify: createTopicClassifier(createTermSpanFinder(glossary.matcher.forms)),
    words,
    termOf: (id) => termById.get(id) ?? id,
  };
}
