// Opens the side panel (Chrome) or sidebar (Firefox) at a corpus paragraph, a glossary entry or its formula's history. The target
// goes to storage.session, which the panel watches; when the browser refuses to open the
// panel (no user gesture reached us), the same view opens in a tab instead. The content
// script asks only on a trusted click; one click is one request, so a tab that asks again
// within a second is refused rather than given a second panel or tab.
import { browser, type Browser } from 'wxt/browser';
import type { OpenPanel, OpenPanelReply } from '@/lib/messaging/messages';
import { entryPanelUrl, PANEL_TARGET_KEY, panelUrl } from '@/lib/panel/target';

const ONE_ACTION_MS = 1000;
const lastOpened = new Map<number | undefined, number>();

export async function openPanel(message: OpenPanel, sender: Browser.runtime.MessageSender): Promise<OpenPanelReply> {
  const now = Date.now();
  if (now - (lastOpened.get(sender.tab?.id) ?? -Infinity) < ONE_ACTION_MS) {
    console.warn('[Treaty Lens] refused a second side-panel request within one action');
    return { opened: 'refused' };
  }
  lastOpened.set(sender.tab?.id, now);
  // The schema lets through a document or an entry, exactly one of the two.
  const { entryId, view, docId, paraId } = message;
  const target = entryId !== undefined ? { entryId, view, at: Date.now() } : { docId, paraId, at: Date.now() };
  const url = entryId !== undefined ? entryPanelUrl({ entryId, view }) : panelUrl({ docId: docId!, paraId });
  // Open first: an await before it would lose the user gesture.
  const opening = openNative(sender.tab?.id, sender.tab?.windowId);
  await browser.storage.session.set({ [PANEL_TARGET_KEY]: target });
  try {
    await opening;
    return { opened: 'panel' };
  } catch (err) {
    console.info('[Treaty Lens] side panel not opened, using a tab:', err);
    await browser.tabs.create({ url: browser.runtime.getURL(url), index: sender.tab ? sender.tab.index + 1 : undefined });
    return { opened: 'tab' };
  }
}

function openNative(tabId: number | undefined, windowId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel) return api.sidePanel.open(tabId !== undefined ? { tabId } : { windowId: windowId ?? -2 });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('no side panel API'));
}
