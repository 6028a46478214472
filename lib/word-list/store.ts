// The word list in IndexedDB (the extension's origin: the side panel now, the background
// when the card saves). Every change is one transaction.
import { requestResult, singleStoreDatabase, transactionDone } from '../user-corpus/idb';
import { SavedWordSchema, type SavedWord } from './schema';

const DB_NAME = 'treaty-lens-word-list';
const STORE = 'words';
const DB_VERSION = 1;

const database = singleStoreDatabase(DB_NAME, DB_VERSION, STORE);

/** Every stored word that still validates (one from a future version is skipped, not lost). */
export async function loadWords(): Promise<SavedWord[]> {
  const tx = (await database()).transaction(STORE, 'readonly');
  const all = (await requestResult(tx.objectStore(STORE).getAll())) as unknown[];
  return all.flatMap((raw) => {
    const parsed = SavedWordSchema.safeParse(raw);
    if (!parsed.success) console.warn('[Treaty Lens] skipped an unreadable saved word');
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getWord(id: string): Promise<SavedWord | undefined> {
  const tx = (await database()).transaction(STORE, 'readonly');
  const parsed = SavedWordSchema.safeParse(await requestResult(tx.objectStore(STORE).get(id)));
  return parsed.success ? parsed.data : undefined;
}

export async function putWords(words: readonly SavedWord[]): Promise<void> {
  const tx = (await database()).transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const w of words) store.put(SavedWordSchema.parse(w));
  await transactionDone(tx);
}

export async function deleteWord(id: string): Promise<void> {
  const tx = (await database()).transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await transactionDone(tx);
}
