// Splits a query into index terms without jieba: Han runs are cut by longest match against
// the index's own vocabulary (which is jieba's output on the corpus), so a query gets the
// terms jieba gave the text, and the panel need not load a 4 MB segmenter to search.
// Stretches that start no known word stay whole and are searched as prefixes (托卡耶 →
// 托卡耶夫).
import { foldForSearch } from './fold';
import { isHanCode } from '../text/han';

export interface Vocabulary {
  has(term: string): boolean;
  /** Length of the longest term, bounding the longest-match window. */
  readonly maxLength: number;
}

const RUNS = /\p{Script=Han}+|[^\p{Script=Han}\s\p{P}\p{S}]+/gu;

export function queryTerms(query: string, vocabulary: Vocabulary): string[] {
  const terms: string[] = [];
  for (const [run] of foldForSearch(query).text.matchAll(RUNS)) {
    if (isHanCode(run.charCodeAt(0))) terms.push(...longestMatch(run, vocabulary));
    else terms.push(run);
  }
  return [...new Set(terms)];
}

/** Longest known word at `at` (two characters or more), or undefined. */
function knownWordAt(run: string, at: number, vocabulary: Vocabulary): string | undefined {
  for (let len = Math.min(vocabulary.maxLength, run.length - at); len >= 2; len--) {
    const word = run.slice(at, at + len);
    if (vocabulary.has(word)) return word;
  }
  return undefined;
}

function longestMatch(run: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  let unknown = '';
  let i = 0;
  while (i < run.length) {
    const word = knownWordAt(run, i, vocabulary);
    if (word === undefined) {
      unknown += run[i];
      i++;
      continue;
    }
    if (unknown) out.push(unknown);
    unknown = '';
    out.push(word);
    i += word.length;
  }
  if (unknown) out.push(unknown);
  return out;
}
