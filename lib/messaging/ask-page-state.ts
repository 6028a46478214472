// Asking a tab's content script for its page state, validated: the popup, the side panel
// and the keyboard command all ask the same way.
import { browser } from 'wxt/browser';
import { PageStateSchema, type PageState } from './messages';

export type PageStateAnswer =
  | { phase: 'ready'; state: PageState }
  /** No content script there: a browser page, the store, a tab open since before install. */
  | { phase: 'unreachable' }
  /** A content script that did not answer in time, or answered nonsense. */
  | { phase: 'no-answer' };

/** A content script answers at once; one this slow is stuck. */
const ANSWER_MS = 3000;

export async function askPageState(tabId: number): Promise<PageStateAnswer> {
  let stopTimer = () => {};
  let reply: unknown;
  try {
    const timeout = new Promise<undefined>((resolve) => {
      const timer = setTimeout(resolve, ANSWER_MS);
      stopTimer = () => clearTimeout(timer);
    });
    reply = await Promise.race([browser.tabs.sendMessage(tabId, { type: 'get-page-state' }), timeout]);
  } catch {
    return { phase: 'unreachable' };
  } finally {
    stopTimer();
  }
  const parsed = PageStateSchema.safeParse(reply);
  return parsed.success ? { phase: 'ready', state: parsed.data } : { phase: 'no-answer' };
}
