// jieba's stand-in while it starts (most of a second in a cold worker): at each position
// the longest dictionary headword or glossary word, else one character. A lookup made in
// that time is answered at once instead of waiting; the next ones use jieba.
import type { Segmenter, Token } from '../segment/segmenter';
import { isHanCode } from '../text/han';
import type { Dictionary } from './dictionary';
import { candidatesOf } from './words-of-text';

/**
 * Longer texts wait for jieba: every piece of a text is prepared, one shard for about each
 * distinct character, so a hover's window (about 80 characters) already reads half the
 * dictionary's shards, and a long selection would read it all.
 */
export const LONGEST_MATCH_MAX_CHARS = 100;

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
        const code = text.codePointAt(at) ?? 0;
        // Pieces are prepared only for texts with Han in them; no headword it needs starts elsewhere.
        let length = isHanCode(code) ? dictionary.longestAt(text, at) : 0;
        for (let len = Math.min(longestWord, text.length - at); len > length; len--) {
          if (words.has(text.slice(at, at + len))) {
            length = len;
            break;
          }
        }
        if (length === 0) length = code > 0xffff ? 2 : 1;
        tokens.push({ word: text.slice(at, at + length), start: at, end: at + length });
        at += length;
      }
      return tokens;
    },
  };
}
