// jieba's stand-in while it starts (most of a second in a cold worker): at each position
// the longest dictionary headword or glossary word, else one character. A lookup made in
// that time is answered at once instead of waiting; the next ones use jieba.
import type { Segmenter, Token } from '../segment/segmenter';
import type { Dictionary } from './dictionary';
import { candidatesOf } from './words-of-text';

/** Longer texts wait for jieba: preparing every piece of them would fetch most of the dictionary. */
export const LONGEST_MATCH_MAX_CHARS = 2000;

/**
 * A segmenter for these texts (and any text made of their pieces), with the dictionary
 * prepared for them; undefined when a text is too long for it.
 */
export async function longestMatchSegmenter(dictionary: Dictionary, texts: readonly string[], words: ReadonlySet<string>): Promise<Segmenter | undefined> {
  if (texts.some((t) => t.length > LONGEST_MATCH_MAX_CHARS)) return undefined;
  const pieces = new Set<string>();
  for (const text of texts) for (const piece of candidatesOf([{ word: text, start: 0, end: text.length }], dictionary.maxLength)) pieces.add(piece);
  await dictionary.prepare(pieces);
  const longestWord = Math.max(0, ...[...words].map((w) => w.length));
  return {
    tokenize(text: string): Token[] {
      const tokens: Token[] = [];
      for (let at = 0; at < text.length; ) {
        let length = dictionary.longestAt(text, at);
        for (let len = Math.min(longestWord, text.length - at); len > length; len--) {
          if (words.has(text.slice(at, at + len))) {
            length = len;
            break;
          }
        }
        if (length === 0) length = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
        tokens.push({ word: text.slice(at, at + length), start: at, end: at + length });
        at += length;
      }
      return tokens;
    },
  };
}
