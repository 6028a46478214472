// The page to save: its main text from our content script in the tab the panel shows
// (components/use-followed-page decides which).
import { browser } from 'wxt/browser';
import { MainTextReplySchema } from '@/lib/messaging/messages';
import type { PageText } from '@/lib/user-corpus/from-page';
import { MAX_DOCUMENT_CHARS } from '@/lib/user-corpus/schema';

export type ReadProblem = { code: 'no-tab' } | { code: 'unreachable' } | { code: 'bad-reply' } | { code: 'too-large'; chars: number };

type ReadResult = { ok: true; page: PageText } | { ok: false; problem: ReadProblem };

export async function readPage(tabId: number | undefined): Promise<ReadResult> {
  if (tabId === undefined) return { ok: false, problem: { code: 'no-tab' } };
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'get-main-text' });
  } catch {
    // No content script there: a browser page, the web store, or a tab opened before install.
    return { ok: false, problem: { code: 'unreachable' } };
  }
  const parsed = MainTextReplySchema.safeParse(reply);
  if (parsed.success) return { ok: true, page: parsed.data };
  // Over the message's own cap, the page is far over ours: say so rather than "unreadable".
  const text = (reply as { text?: unknown } | undefined)?.text;
  if (typeof text === 'string' && text.length > MAX_DOCUMENT_CHARS) return { ok: false, problem: { code: 'too-large', chars: text.length } };
  return { ok: false, problem: { code: 'bad-reply' } };
}
