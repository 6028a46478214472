// Stores a word the card saves: the word list is in the extension's IndexedDB, which
// the content script cannot open (it sees the page's).
import type { SaveWord, SaveWordResponse } from '@/lib/messaging/messages';
import { savedWordId, toSavedWord } from '@/lib/word-list/schema';
import { getWord, putWords } from '@/lib/word-list/store';

export async function saveWord(request: SaveWord): Promise<SaveWordResponse> {
  try {
    const id = savedWordId(request.word);
    await putWords([toSavedWord(request.word, new Date().toISOString(), await getWord(id))]);
    return { ok: true, id };
  } catch (err) {
    console.error('[Treaty Lens] save-word failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
