// Content script entry: wires the page session to settings and to the extension's questions.
// Whatever fails here is caught and logged: the page must keep working.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { extractMainText } from '@/lib/extract/main-text';
import { parseMessage, type MainTextReply } from '@/lib/messaging/messages';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { watchAddress } from './address-watch';
import { createPageSession } from './page-session';
import { recordStart } from './perf-marks';

function fromExtensionPage(sender: { tab?: unknown; url?: string }): boolean {
  return sender.tab === undefined && sender.url !== undefined && sender.url.startsWith(browser.runtime.getURL('/'));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise post the extension's id to every page it runs in.
  noScriptStartedPostMessage: true,
  async main() {
    recordStart();
    const session = createPageSession(location.hostname);
    const apply = (settings: Parameters<typeof session.apply>[0]) =>
      session.apply(settings).catch((err: unknown) => console.warn('[Treaty Lens]', err));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill replies with a returned promise's value; the browser's types know only sendResponse
    browser.runtime.onMessage.addListener((raw, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const message = parseMessage(raw);
      if (!message) {
        console.warn('[Treaty Lens] rejected a malformed message', raw);
        return undefined;
      }
      if (message.type === 'get-page-state') return Promise.resolve(session.state());
      if (message.type === 'get-main-text') return Promise.resolve<MainTextReply>({ url: location.href, ...extractMainText(document) });
      // Only from the extension's own pages (the popup, on the reader's click), never from a
      // content script, which a page could drive.
      if (message.type === 'annotate-page' && fromExtensionPage(sender)) return session.annotateOnce();
      if (message.type === 'reveal-term') return Promise.resolve(session.reveal(message.entryId));
      // The background's, on the reader's command or menu click.
      if (message.type === 'look-up-selection') return session.lookUpSelection();
      return undefined;
    });
    watchAddress(() => session.addressChanged());
    watchSettings((settings) => void apply(settings));
    await apply(await loadSettings());
  },
});
