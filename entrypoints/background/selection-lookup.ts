// "Look up in Treaty Lens": the command (Alt+Shift+K) and the context-menu item for a
// selection. Either asks the tab's content script to explain its selection in the card, on
// any web page, annotated or not, even on a site set to never: the reader asked. The
// content script reads the selection itself, so the card is anchored to it.
import { browser } from 'wxt/browser';
import { LOOK_UP_SELECTION_COMMAND } from '@/lib/messaging/look-up-command';
import { sendToTab } from '@/lib/messaging/protocol';

const MENU_ID = 'treaty-lens-look-up';

function lookUpInTab(tabId: number): void {
  // A tab without our content script (a browser page, the store) has nobody to answer.
  sendToTab(tabId, { type: 'look-up-selection' }).catch((err: unknown) => console.warn('[Treaty Lens] could not look the selection up', err));
}

export function registerSelectionLookup(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Look up in Treaty Lens',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) lookUpInTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === LOOK_UP_SELECTION_COMMAND && tab?.id !== undefined) lookUpInTab(tab.id);
  });
}
