// Every keyboard shortcut of Treaty Lens in one list, which the popup and the options page
// both show (ShortcutList.tsx): a new shortcut is added here, with its words there. Keys
// bound through a browser command are read back from the browser, where the reader may
// have changed or cleared them.
import { browser } from 'wxt/browser';
import { LOOK_UP_SELECTION_COMMAND } from '@/lib/messaging/look-up-command';
import { TOGGLE_SITE_COMMAND } from '@/lib/settings/site-toggle';

export type ShortcutId = 'toggle-site' | 'look-up-selection' | 'next-term' | 'previous-term' | 'open-card' | 'close-card' | 'hold';

export interface Shortcut {
  id: ShortcutId;
  /** Keys pressed together, joined by '+'; '' for a command the reader has left unbound. */
  keys: string;
  /** The manifest command (wxt.config.ts) whose keys the browser lets the reader change. */
  command?: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'toggle-site', keys: 'Alt+Shift+L', command: TOGGLE_SITE_COMMAND },
  { id: 'look-up-selection', keys: 'Alt+Shift+K', command: LOOK_UP_SELECTION_COMMAND },
  { id: 'next-term', keys: 'Alt+Shift+↓' },
  { id: 'previous-term', keys: 'Alt+Shift+↑' },
  { id: 'open-card', keys: 'Enter' },
  { id: 'close-card', keys: 'Esc' },
  // The lookup key (Shift unless the options choose another; ShortcutList shows the chosen
  // one): any word under the pointer while held, and every card only while held in the
  // hold-a-key mode.
  { id: 'hold', keys: 'Shift' },
];

/** The list with each command's keys as the browser has them now. */
export async function boundShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return SHORTCUTS.map((s) => (s.command === undefined ? s : { ...s, keys: commands.find((c) => c.name === s.command)?.shortcut ?? '' }));
}
