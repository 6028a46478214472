// The reader runs the content script's own page session over its text layer: the same
// detection (through the background), highlights, card, keyboard and page-state reports,
// so the badge, the popup, the side panel and treatyLens.pageStates() see the reader's tab
// like any page. It answers the same questions a content script does; the main text is the
// document's, in reading order, rather than what Readability would pick from the DOM.
import { browser } from 'wxt/browser';
import { parseMessage, type MainTextReply } from '@/lib/messaging/messages';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { watchAddress } from '../content/address-watch';
import { createPageSession } from '../content/page-session';

/** Starts the reader's page session; call the function returned after adding a page, to have it read at once. */
export function annotateReader(host: string, mainText: () => MainTextReply): () => void {
  const session = createPageSession(host);
  const apply = (settings: Parameters<typeof session.apply>[0]) =>
    session.apply(settings).catch((err: unknown) => console.warn('[Treaty Lens]', err));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill replies with a returned promise's value; the browser's types know only sendResponse
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Other extension pages' messages reach this page too; only questions to a tab are ours.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'get-page-state') return Promise.resolve(session.state());
    if (message?.type === 'get-main-text') return Promise.resolve(mainText());
    if (message?.type === 'reveal-term') return Promise.resolve(session.reveal(message.entryId));
    return undefined;
  });
  watchAddress(() => session.addressChanged());
  watchSettings((settings) => void apply(settings));
  void loadSettings().then(apply);
  return () => session.contentAdded();
}
