// The dictionary words of a text, found as a page's are: jieba's tokens (with the
// glossary's words), and inside a token the dictionary does not know, the longest
// headword at each position.
import type { Token } from '../segment/segmenter';
import { isHanCode } from '../text/han';
import type { Dictionary } from './dictionary';

export const hasHanIn = (word: string) => [...word].some((c) => isHanCode(c.codePointAt(0)!));

/** Every string wordsOfText may ask the dictionary about: each Han token and the pieces inside it. */
export function candidatesOf(tokens: readonly Token[], maxLength: number): Set<string> {
  const candidates = new Set<string>();
  for (const { word } of tokens) {
    if (!hasHanIn(word)) continue;
    candidates.add(word);
    for (let at = 0; at < word.length; at++) {
      for (let len = 1; len <= Math.min(maxLength, word.length - at); len++) candidates.add(word.slice(at, at + len));
    }
  }
  return candidates;
}

/** The dictionary must have prepared candidatesOf(tokens). */
export function wordsOfText(tokens: readonly Token[], dictionary: Dictionary, limit: number): string[] {
  const words: string[] = [];
  const add = (word: string) => {
    if (words.length < limit && hasHanIn(word) && !words.includes(word)) words.push(word);
  };
  for (const { word } of tokens) {
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

/** Every string wordAt may ask the dictionary about, with the characters of each. */
export function candidatesAt(tokens: readonly Token[], text: string, offset: number, maxLength: number): Set<string> {
  const token = tokens.find((t) => t.start <= offset && offset < t.end);
  const ahead = { word: text.slice(offset, offset + maxLength), start: offset, end: offset + maxLength };
  return candidatesOf(token ? [token, ahead] : [ahead], maxLength);
}

/**
 * The word under a position, in UTF-16 offsets of `text`: jieba's token containing it when
 * the dictionary knows that token, else the longest headword starting there (a name jieba
 * keeps whole, a token the dictionary splits differently); undefined on a character that
 * is not Han or that no headword starts with. The dictionary must have prepared
 * candidatesAt(tokens, text, offset).
 */
export function wordAt(tokens: readonly Token[], text: string, offset: number, dictionary: Dictionary): { start: number; end: number } | undefined {
  const token = tokens.find((t) => t.start <= offset && offset < t.end);
  if (token && hasHanIn(token.word) && dictionary.has(token.word)) return { start: token.start, end: token.end };
  if (!hasHanIn(String.fromCodePoint(text.codePointAt(offset) ?? 0))) return undefined;
  const length = dictionary.longestAt(text, offset);
  return length > 0 ? { start: offset, end: offset + length } : undefined;
}
