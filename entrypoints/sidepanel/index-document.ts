// The panel's jieba work is done by the background's one jieba (entrypoints/background/index-document.ts).
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

/** jieba's words of each text, in order. */
export async function wordsOf(texts: readonly string[]): Promise<Map<string, string[]>> {
  const reply = await sendToExtension({ type: 'tokenize', texts: [...texts] });
  if (!reply.ok) throw new Error(`tokenizing failed: ${reply.error}`);
  return new Map(texts.map((text, i) => [text, reply.words[i] ?? [text]]));
}
