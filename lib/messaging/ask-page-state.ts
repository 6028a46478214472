// Asking a tab's content script for its page state, validated: the popup, the side panel
// and the keyboard command all ask the same way.
import type { PageState } from './messages';
import { MalformedReply, sendToTab } from './protocol';

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
  try {
    const timeout = new Promise<undefined>((resolve) => {
      const timer = setTimeout(resolve, ANSWER_MS);
      stopTimer = () => clearTimeout(timer);
    });
    const state = await Promise.race([sendToTab(tabId, { type: 'get-page-state' }), timeout]);
    return state ? { phase: 'ready', state } : { phase: 'no-answer' };
  } catch (err) {
    return err instanceof MalformedReply ? { phase: 'no-answer' } : { phase: 'unreachable' };
  } finally {
    stopTimer();
  }
}
