// The few promises the extension's stores (saved pages, the word list) need over the raw IndexedDB API.

function openDatabase(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    request.onblocked = () => reject(new Error(`${name} is open elsewhere with an older version`));
  });
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

/** Resolves when the transaction commits; rejects when it fails or is aborted (then nothing of it is stored). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** A database of one object store keyed by `id`, opened on first use; a failed open is tried again next time. */
export function singleStoreDatabase(name: string, version: number, store: string): () => Promise<IDBDatabase> {
  let db: Promise<IDBDatabase> | undefined;
  return () => {
    db ??= openDatabase(name, version, (d) => {
      if (!d.objectStoreNames.contains(store)) d.createObjectStore(store, { keyPath: 'id' });
    });
    db.catch(() => (db = undefined));
    return db;
  };
}
