// The documents the Compare view can take: the bundled corpus (entries from the build's
// concordance) and the saved pages (entries computed when they were saved).
import { toCompareDocument, type CompareDocument } from '@/lib/compare/document';
import { paragraphKey } from '@/lib/reader/term-spans';
import type { UserRecord } from '@/lib/user-corpus/record';
import { bundledEntries, corpus } from './panel-data';

const NONE: readonly string[] = [];

export function compareDocumentOf(id: string, records: readonly UserRecord[] | undefined): CompareDocument | undefined {
  const bundled = corpus.documents.find((d) => d.id === id);
  if (bundled) return toCompareDocument(bundled, (p) => bundledEntries.get(paragraphKey(id, p)) ?? NONE);
  const record = records?.find((r) => r.id === id);
  if (!record) return undefined;
  const { doc } = record;
  const index = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  return toCompareDocument({ id, title: doc.title, date: doc.date, url: doc.url, paragraphs: doc.paragraphs }, (p) => record.entries[index.get(p) ?? -1] ?? NONE);
}

export function allCompareDocuments(records: readonly UserRecord[] | undefined): CompareDocument[] {
  return [...corpus.documents.map((d) => d.id), ...(records ?? []).map((r) => r.id)].flatMap((id) => compareDocumentOf(id, records) ?? []);
}
