// The user's corpus in IndexedDB (the side panel's origin). Every change is one
// transaction: an import stores all its documents or none.
import { requestResult, singleStoreDatabase, transactionDone } from './idb';
import type { UserRecord } from './record';
import { UserDocumentSchema } from './schema';

const DB_NAME = 'treaty-lens-user-corpus';
const STORE = 'documents';
const DB_VERSION = 1;

const database = singleStoreDatabase(DB_NAME, DB_VERSION, STORE);

/** Every stored record whose document still validates (a record from a future version is skipped, not lost). */
export async function loadRecords(): Promise<UserRecord[]> {
  const tx = (await database()).transaction(STORE, 'readonly');
  const all = (await requestResult(tx.objectStore(STORE).getAll())) as UserRecord[];
  return all.filter((r) => {
    const ok = UserDocumentSchema.safeParse(r.doc).success && Array.isArray(r.entries) && typeof r.terms?.title === 'string';
    if (!ok) console.warn('[Treaty Lens] skipped an unreadable saved document', r.id);
    return ok;
  });
}

export async function putRecords(records: readonly UserRecord[]): Promise<void> {
  const tx = (await database()).transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const r of records) store.put(r);
  await transactionDone(tx);
}

export async function deleteRecord(id: string): Promise<void> {
  const tx = (await database()).transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await transactionDone(tx);
}
