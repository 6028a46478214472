// The word list: loaded from IndexedDB once, changed only through these operations, each
// of which stores first and updates the state after.
import { useCallback, useEffect, useState } from 'react';
import { newWords } from '@/lib/word-list/import';
import { savedWordId, toSavedWord, type SavedWord, type WordToSave } from '@/lib/word-list/schema';
import { deleteWord, loadWords, putWords } from '@/lib/word-list/store';

export interface WordList {
  /** undefined until loaded. */
  words: SavedWord[] | undefined;
  loadError: string | undefined;
  save(word: WordToSave): Promise<void>;
  remove(id: string): Promise<void>;
  setTags(id: string, tags: string[]): Promise<void>;
  /** Stores the words not already kept, all or none. */
  importWords(words: readonly SavedWord[]): Promise<{ added: number; skipped: number }>;
}

export function useWordList(): WordList {
  const [words, setWords] = useState<SavedWord[]>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    loadWords().then(setWords, (err: unknown) => {
      setLoadError(err instanceof Error ? err.message : String(err));
      setWords([]);
    });
  }, []);

  const put = useCallback(async (changed: SavedWord[]) => {
    await putWords(changed);
    const ids = new Set(changed.map((w) => w.id));
    setWords((prev) => [...(prev ?? []).filter((w) => !ids.has(w.id)), ...changed]);
  }, []);

  const save = useCallback(
    async (w: WordToSave) => {
      const id = savedWordId(w);
      await put([toSavedWord(w, new Date().toISOString(), words?.find((x) => x.id === id))]);
    },
    [words, put],
  );

  const remove = useCallback(async (id: string) => {
    await deleteWord(id);
    setWords((prev) => prev?.filter((w) => w.id !== id));
  }, []);

  const setTags = useCallback(
    async (id: string, tags: string[]) => {
      const w = words?.find((x) => x.id === id);
      if (w) await put([{ ...w, tags }]);
    },
    [words, put],
  );

  const importWords = useCallback(
    async (imported: readonly SavedWord[]) => {
      const added = newWords(words ?? [], imported);
      if (added.length) await put(added);
      return { added: added.length, skipped: imported.length - added.length };
    },
    [words, put],
  );

  return { words, loadError, save, remove, setTags, importWords };
}
