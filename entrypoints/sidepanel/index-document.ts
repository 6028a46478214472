// The panel's documents are indexed by the background's jieba (entrypoints/background/index-document.ts).
import type { IndexDocumentRequest } from '@/lib/messaging/messages';
import { sendToExtension } from '@/lib/messaging/protocol';
import type { UserDocument } from '@/lib/user-corpus/schema';
import { toRecord, type UserRecord } from '@/lib/user-corpus/record';

export async function recordOf(doc: UserDocument): Promise<UserRecord> {
  const request: IndexDocumentRequest = { type: 'index-document', title: doc.title, paragraphs: doc.paragraphs.map((p) => p.text) };
  const reply = await sendToExtension(request);
  if (!reply.ok) throw new Error(`indexing failed: ${reply.error}`);
  return toRecord(doc, { terms: reply.terms, entries: reply.entries });
}
