// The keyboard command that turns the current site off, and back to the mode it had. The
// tab's host comes from its content script, so no 'tabs' permission is needed; a tab where
// the content script does not run (browser pages, the store) is left alone.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { askPageState } from '@/lib/messaging/ask-page-state';
import { siteModeFor, type SiteMode } from '@/lib/settings/settings';
import { TOGGLE_SITE_COMMAND, toggleSite } from '@/lib/settings/site-toggle';
import { loadSettings, saveSettings } from '@/lib/settings/store';

/** Each toggled-off host's mode before the command, to restore it. Local: it is this browser's undo. */
const modesBeforeToggle = storage.defineItem<Record<string, SiteMode>>('local:modesBeforeToggle', { fallback: {} });

async function hostOf(tabId: number): Promise<string | undefined> {
  const answer = await askPageState(tabId);
  return answer.phase === 'ready' ? answer.state.host || undefined : undefined;
}

/** Toggles the site shown in a tab; returns its new mode, or undefined if the tab has no site of ours. */
export async function toggleSiteInTab(tabId: number): Promise<SiteMode | undefined> {
  const host = await hostOf(tabId);
  if (!host) return undefined;
  const [settings, remembered] = await Promise.all([loadSettings(), modesBeforeToggle.getValue()]);
  // Own entries only (a host may be named constructor or __proto__), defined rather than assigned.
  const toggled = toggleSite(settings, host, Object.hasOwn(remembered, host) ? remembered[host] : undefined);
  const memory = { ...remembered };
  if (toggled.remembered) Object.defineProperty(memory, host, { value: toggled.remembered, enumerable: true, writable: true, configurable: true });
  else delete memory[host];
  // Open tabs on this host follow through the settings' storage change.
  await Promise.all([saveSettings(toggled.settings), modesBeforeToggle.setValue(memory)]);
  return siteModeFor(toggled.settings, host);
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SITE_COMMAND || tab?.id === undefined) return;
    toggleSiteInTab(tab.id).catch((err: unknown) => console.warn('[Treaty Lens] the site toggle failed', err));
  });
}
