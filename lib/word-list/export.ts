// The word list as files: CSV (a spreadsheet), tab-separated notes for Anki (front: the
// word; back: pinyin, English, the sentence with the word marked, the source), and JSON
// for a backup that import.ts reads back.
import type { SavedWord } from './schema';

export const WORD_LIST_FORMAT = 'treaty-lens-word-list';
export const WORD_LIST_VERSION = 1;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function wordsToCsv(words: readonly SavedWord[]): string {
  const header = ['word', 'pinyin', 'english', 'sentence', 'title', 'url', 'savedAt', 'tags'];
  const rows = words.map((w) => [w.word, w.pinyin, w.english, w.sentence, w.title, w.url, w.savedAt, w.tags.join(', ')].map(csvField).join(','));
  // CRLF as RFC 4180 has it; the BOM makes spreadsheet programs read the file as UTF-8.
  return `\ufeff${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

function html(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\t\r\n]+/g, ' ');
}

/** The sentence with each occurrence of the word in bold. */
export function markWord(sentence: string, word: string): string {
  return sentence.split(word).map(html).join(`<b>${html(word)}</b>`);
}

export function wordsToAnki(words: readonly SavedWord[]): string {
  // Anki's file headers: tab-separated, fields are HTML, and the tags column.
  const lines = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const w of words) {
    const source = [w.title, w.url].filter(Boolean).map(html).join(' — ');
    const back = [html(w.pinyin), html(w.english), w.sentence ? markWord(w.sentence, w.word) : '', source].filter(Boolean).join('<br>');
    lines.push([html(w.word), back, w.tags.map((t) => t.replace(/\s+/g, '_')).join(' ')].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

export function wordsToJson(words: readonly SavedWord[], exportedAt: string): string {
  return JSON.stringify({ format: WORD_LIST_FORMAT, version: WORD_LIST_VERSION, exportedAt, words }, null, 1);
}
