// Index terms of a text: jieba's search mode (each word plus the dictionary words inside
// it, so 合作 also finds 上海合作组织) on the folded text. The build script and the panel
// (when it saves a page) both call this, so every indexed document has terms of one kind.
import type { JiebaApi } from '../segment/segmenter';
import { foldForSearch } from './fold';

export type SearchJieba = Pick<JiebaApi, 'tokenize'>;

/** Terms are joined with this in stored fields; jieba never puts it inside a word. */
export const TERM_SEPARATOR = ' ';

const WORDLIKE = /[\p{L}\p{N}]/u;

export function searchTerms(text: string, jieba: SearchJieba): string[] {
  return jieba
    .tokenize(foldForSearch(text).text, 'search', true)
    .map((t) => t.word)
    .filter((w) => WORDLIKE.test(w) && !w.includes(TERM_SEPARATOR));
}

/** A document's title and paragraphs as stored search terms (space-joined, paragraph order). */
export interface DocumentTerms {
  title: string;
  paragraphs: string[];
}

export function documentTerms(doc: { title: string; paragraphs: readonly { text: string }[] }, jieba: SearchJieba): DocumentTerms {
  const join = (text: string) => searchTerms(text, jieba).join(TERM_SEPARATOR);
  return { title: join(doc.title), paragraphs: doc.paragraphs.map((p) => join(p.text)) };
}

export function splitTerms(field: string): string[] {
  return field === '' ? [] : field.split(TERM_SEPARATOR);
}
