// What Save on a card or in the panel stores: the word, what the dictionary or glossary
// says of it, and where it was read, cut to the list's limits (schema.ts) so that a long
// page title or sentence never makes the save fail.
import type { WordToSave } from './schema';

/** Where a word was read: the sentence, the page's title and address ('' for the panel). */
export interface ReadIn {
  sentence: string;
  title: string;
  url: string;
}

interface DictionaryWord {
  text: string;
  entries: readonly { pinyin: string; senses: readonly string[] }[];
}

const SENTENCE_MAX = 2000;

function where(read: ReadIn): Pick<WordToSave, 'sentence' | 'title' | 'url'> {
  // Only a web page's address is kept: it becomes a link in the list.
  return { sentence: read.sentence.slice(0, SENTENCE_MAX), title: read.title.slice(0, 1000), url: /^https?:\/\//i.test(read.url) ? read.url.slice(0, 8192) : '' };
}

/** A dictionary word: each reading's pinyin, and each reading's senses. */
export function dictionaryWordToSave(word: DictionaryWord, read: ReadIn): WordToSave {
  return {
    word: word.text.slice(0, 100),
    pinyin: [...new Set(word.entries.map((e) => e.pinyin))].join(' / ').slice(0, 500),
    english: word.entries.map((e) => e.senses.join('; ')).join(' | ').slice(0, 5000),
    ...where(read),
  };
}

/** A glossary term, as the page writes it, with the glossary's pinyin and English. */
export function glossaryTermToSave(term: { written: string; pinyin: string; english: string }, read: ReadIn): WordToSave {
  return { word: term.written.slice(0, 100), pinyin: term.pinyin.slice(0, 500), english: term.english.slice(0, 5000), ...where(read) };
}

/** Ends a sentence: Chinese and Western full stops, question and exclamation marks, line breaks. */
const SENTENCE_END = /[。！？!?；;\n]/;
/** However long the sentence, this much on either side of the word is enough to recall it. */
const CONTEXT = 150;

/** The sentence of `text` that holds [start, end), trimmed, at most CONTEXT characters each side. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  // Up to and with its closing mark.
  while (to < text.length && to - end < CONTEXT && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
