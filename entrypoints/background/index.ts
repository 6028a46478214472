// The background: validates every message, then routes it. A malformed or foreign
// message is logged and ignored; it never reaches a handler.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '@/lib/messaging/messages';
import { migrateStoredSettings } from '@/lib/settings/store';
import { annotate, tooltipEntriesFor } from './annotate';
import { detectArticle, detectText } from './detect';
import { indexForPanel, tokenizeForPanel } from './index-document';
import { showBadge } from './badge';
import { registerCommands } from './commands';
import { recordPageState, trackPageStates } from './page-states';
import { lookUp, lookUpAt } from './look-up';
import { saveWord } from './save-word';
import { cardCorpus } from './card-corpus';
import { registerPdfMenu } from './pdf-menu';
import { registerSelectionLookup } from './selection-lookup';
import { openPanel } from './side-panel';

export default defineBackground(() => {
  registerCommands();
  registerPdfMenu();
  registerSelectionLookup();
  trackPageStates();
  migrateStoredSettings().catch((err: unknown) => console.warn('[Treaty Lens] the stored settings could not be migrated', err));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill replies with a returned promise's value; the browser's types know only sendResponse
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) {
      console.warn('[Treaty Lens] rejected a malformed message', raw);
      return undefined;
    }
    switch (message.type) {
      case 'annotate':
        return annotate(message);
      case 'tooltip-entries':
        return tooltipEntriesFor(message);
      case 'index-document':
        return indexForPanel(message);
      case 'tokenize':
        return tokenizeForPanel(message);
      case 'detect':
        return detectText(message);
      case 'detect-article':
        return Promise.resolve(detectArticle(message));
      case 'look-up':
        return lookUp(message);
      case 'look-up-at':
        return lookUpAt(message);
      case 'save-word':
        return saveWord(message);
      case 'card-corpus':
        return cardCorpus(message);
      case 'open-panel':
        return openPanel(message, sender);
      case 'page-state':
        // Only a tab's top frame reports (the content script runs there alone).
        if (sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
        void showBadge(sender.tab.id, message.state).catch(() => undefined);
        void recordPageState(sender.tab.id, message.url, message.state);
        return undefined;
      default:
        return undefined; // addressed to a content script
    }
  });
});
