// The dictionary words of a text, found as a page's are: jieba's tokens (with the
// glossary's words), and inside a token the dictionary does not know, the longest
// headword at each position.
import type { Segmenter } from '../segment/segmenter';
import { isHanCode } from '../text/normalize';
import type { Dictionary } from './dictionary';

export const hasHanIn = (word: string) => [...word].some((c) => isHanCode(c.codePointAt(0)!));

export function wordsOfText(text: string, segmenter: Segmenter, dictionary: Dictionary, limit: number): string[] {
  const words: string[] = [];
  const add = (word: string) => {
    if (words.length < limit && hasHanIn(word) && !words.includes(word)) words.push(word);
  };
  for (const { word } of segmenter.tokenize(text)) {
    if (!hasHanIn(word)) continue;
    if (dictionary.has(word)) {
      add(word);
      continue;
    }
    for (let at = 0; at < word.length; ) {
      const length = dictionary.longestAt(word, at);
      if (length > 0) add(word.slice(at, at + length));
      at += Math.max(length, 1);
    }
  }
  return words;
}
