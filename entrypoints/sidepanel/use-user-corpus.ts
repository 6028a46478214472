// The user's saved documents: loaded from IndexedDB once, changed only through these
// operations, each of which stores first (one transaction) and updates the state after.
import { useCallback, useEffect, useState } from 'react';
import type { UserRecord } from '@/lib/user-corpus/record';
import type { UserDocument } from '@/lib/user-corpus/schema';
import { deleteRecord, loadRecords, putRecords } from '@/lib/user-corpus/store';
import { recordOf } from './index-document';

export interface UserCorpus {
  /** undefined until loaded. */
  records: UserRecord[] | undefined;
  loadError: string | undefined;
  save(doc: UserDocument): Promise<UserRecord>;
  remove(id: string): Promise<UserRecord | undefined>;
  restore(record: UserRecord): Promise<void>;
  /** Stores all the documents or none; reports progress while preparing them. */
  importDocuments(docs: readonly UserDocument[], onProgress: (done: number, total: number) => void): Promise<{ added: number; replaced: number }>;
}

const YIELD_EVERY = 5;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function merged(prev: readonly UserRecord[] | undefined, added: readonly UserRecord[]): UserRecord[] {
  const ids = new Set(added.map((r) => r.id));
  return [...(prev ?? []).filter((r) => !ids.has(r.id)), ...added];
}

export function useUserCorpus(): UserCorpus {
  const [records, setRecords] = useState<UserRecord[]>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    loadRecords().then(setRecords, (err: unknown) => {
      setLoadError(err instanceof Error ? err.message : String(err));
      setRecords([]);
    });
  }, []);

  const save = useCallback(async (doc: UserDocument) => {
    const record = await recordOf(doc);
    await putRecords([record]);
    setRecords((prev) => merged(prev, [record]));
    return record;
  }, []);

  const remove = useCallback(
    async (id: string) => {
      const record = records?.find((r) => r.id === id);
      await deleteRecord(id);
      setRecords((prev) => prev?.filter((r) => r.id !== id));
      return record;
    },
    [records],
  );

  const restore = useCallback(async (record: UserRecord) => {
    await putRecords([record]);
    setRecords((prev) => merged(prev, [record]));
  }, []);

  const importDocuments = useCallback(
    async (docs: readonly UserDocument[], onProgress: (done: number, total: number) => void) => {
      const prepared: UserRecord[] = [];
      for (const doc of docs) {
        prepared.push(await recordOf(doc));
        if (prepared.length % YIELD_EVERY === 0) {
          onProgress(prepared.length, docs.length);
          await nextTask(); // let the progress bar paint
        }
      }
      onProgress(docs.length, docs.length);
      await putRecords(prepared);
      const existing = new Set(records?.map((r) => r.id));
      const replaced = prepared.filter((r) => existing.has(r.id)).length;
      setRecords((prev) => merged(prev, prepared));
      return { added: prepared.length - replaced, replaced };
    },
    [records],
  );

  return { records, loadError, save, remove, restore, importDocuments };
}
