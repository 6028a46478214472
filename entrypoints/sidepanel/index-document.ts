// The panel's documents are indexed by the background's jieba (entrypoints/background/index-document.ts).
import { browser } from 'wxt/browser';
import { IndexDocumentReplySchema, type IndexDocumentRequest } from '@/lib/messaging/messages';
import type { UserDocument } from '@/lib/user-corpus/schema';
import { toRecord, type UserRecord } from '@/lib/user-corpus/record';

export async function recordOf(doc: UserDocument): Promise<UserRecord> {
  const request: IndexDocumentRequest = { type: 'index-document', title: doc.title, paragraphs: doc.paragraphs.map((p) => p.text) };
  const reply = IndexDocumentReplySchema.safeParse(await browser.runtime.sendMessage(request));
  if (!reply.success) throw new Error('indexing: no valid answer from the background');
  if (!reply.data.ok) throw new Error(`indexing failed: ${reply.data.error}`);
  return toRecord(doc, { terms: reply.data.terms, entries: reply.data.entries });
}
