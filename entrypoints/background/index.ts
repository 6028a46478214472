// The background: validates every message, then routes it. A malformed or foreign
// message is logged and ignored; it never reaches a handler.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseMessage } from '@/lib/messaging/messages';
import { migrateStoredSettings } from '@/lib/settings/store';
import { annotate } from './annotate';
import { showBadge } from './badge';
import { registerCommands } from './commands';
import { openPanel } from './side-panel';

export default defineBackground(() => {
  registerCommands();
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
      case 'open-panel':
        return openPanel(message, sender);
      case 'page-state':
        if (sender.tab?.id !== undefined) void showBadge(sender.tab.id, message.state).catch(() => undefined);
        return undefined;
      default:
        return undefined; // addressed to a content script
    }
  });
});
