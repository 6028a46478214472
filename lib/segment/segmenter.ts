// A thin, environment-neutral wrapper over jieba-wasm. The caller passes in the jieba
// module (the web build, initialised, in the extension; the Node build in tests and the
// command-line tool), so this file runs unchanged everywhere.

export interface Token {
  word: string;
  /** UTF-16 offsets into the text, as everything else in lib/ uses. */
  start: number;
  end: number;
}

/** The part of jieba-wasm's API we use. */
export interface JiebaApi {
  cut(text: string, hmm?: boolean | null): string[];
  tokenize(text: string, mode: string, hmm?: boolean | null): { word: string; start: number; end: number }[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

export interface Segmenter {
  tokenize(text: string): Token[];
}

/** jieba's tokenize counts code points; JavaScript strings count UTF-16 units. */
function codePointToUnitOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  offsets[cp] = text.length;
  return offsets;
}

function tokenizeWithOffsets(jieba: JiebaApi, text: string): Token[] {
  const units = codePointToUnitOffsets(text);
  return jieba.tokenize(text, 'default', true).map(({ word, start, end }) => ({ word, start: units[start]!, end: units[end]! }));
}

/**
 * Registers the user words (glossary forms and false friends) once and returns a
 * segmenter. Words get jieba's suggested frequency: just enough to stay whole, not so
 * much that they win over ordinary words around them (亚信 must not eat 中亚|信息).
 */
export function createSegmenter(jieba: JiebaApi, userWords: Iterable<string>): Segmenter {
  for (const word of userWords) jieba.add_word(word);
  return {
    tokenize(text) {
      // cut is about twice as fast as tokenize, and its pieces cover the text in order,
      // so offsets are running sums of their (UTF-16) lengths.
      const words = jieba.cut(text, true);
      const tokens = new Array<Token>(words.length);
      let at = 0;
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (!text.startsWith(word, at)) return tokenizeWithOffsets(jieba, text); // never seen; be exact anyway
        tokens[i] = { word, start: at, end: at + word.length };
        at += word.length;
      }
      return at === text.length ? tokens : tokenizeWithOffsets(jieba, text);
    },
  };
}
