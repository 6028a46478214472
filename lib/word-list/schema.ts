// A word the reader kept: the word, what the dictionary or glossary said of it, the
// sentence it was read in and where. Validated wherever it enters (the store, an import).
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));

export const SavedWordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(12_000)),
  word: z.string().check(z.minLength(1), z.maxLength(100)),
  pinyin: text(500),
  english: text(5000),
  sentence: text(2000),
  title: text(1000),
  /** Where it was read: a web page, or '' (the side panel). Never another scheme: it becomes a link. */
  url: z.string().check(z.maxLength(8192), z.refine((u) => u === '' || /^https?:\/\//i.test(u), 'not a web address')),
  /** ISO 8601. */
  savedAt: z.iso.datetime(),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(50))).check(z.maxLength(20)),
});
export type SavedWord = z.infer<typeof SavedWordSchema>;

/** What a card or the panel gives when the reader presses Save; the rest is added on storing. */
export const WordToSaveSchema = z.pick(SavedWordSchema, { word: true, pinyin: true, english: true, sentence: true, title: true, url: true });
export type WordToSave = z.infer<typeof WordToSaveSchema>;

/** A new entry of the list, keeping the tags of the same word already kept. */
export function toSavedWord(w: WordToSave, savedAt: string, kept?: SavedWord): SavedWord {
  return { ...w, id: savedWordId(w), savedAt, tags: kept?.tags ?? [] };
}

/** The same word read in the same sentence on the same page is one entry. */
export function savedWordId(w: Pick<SavedWord, 'word' | 'sentence' | 'url'>): string {
  return JSON.stringify([w.word, w.sentence, w.url]);
}

/** Tags as typed: split on commas, trimmed, each once. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，]/).map((t) => t.trim()).filter(Boolean))].slice(0, 20).map((t) => t.slice(0, 50));
}
