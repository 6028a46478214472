// The page to save: its main text from our content script in the tab the panel shows
// (components/use-followed-page decides which).
import { MalformedReply, sendToTab } from '@/lib/messaging/protocol';
import type { PageText } from '@/lib/user-corpus/from-page';
import { MAX_DOCUMENT_CHARS } from '@/lib/user-corpus/schema';

export type ReadProblem = { code: 'no-tab' } | { code: 'unreachable' } | { code: 'bad-reply' } | { code: 'too-large'; chars: number };

type ReadResult = { ok: true; page: PageText } | { ok: false; problem: ReadProblem };

export async function readPage(tabId: number | undefined): Promise<ReadResult> {
  if (tabId === undefined) return { ok: false, problem: { code: 'no-tab' } };
  let reply: unknown;
  try {
    return { ok: true, page: await sendToTab(tabId, { type: 'get-main-text' }) };
  } catch (err) {
    // No content script there: a browser page, the web store, or a tab opened before install.
    if (!(err instanceof MalformedReply)) return { ok: false, problem: { code: 'unreachable' } };
    reply = err.raw;
  }
  // Over the message's own cap, the page is far over ours: say so rather than "unreadable".
  const text = (reply as { text?: unknown } | undefined)?.text;
  if (typeof text === 'string' && text.length > MAX_DOCUMENT_CHARS) return { ok: false, problem: { code: 'too-large', chars: text.length } };
  return { ok: false, problem: { code: 'bad-reply' } };
}
