// The keys the reader has bound to the site toggle, if any (they can rebind or clear it in
// the browser's shortcut settings). Shown by the popup and the options page.
import { browser } from 'wxt/browser';
import { TOGGLE_SITE_COMMAND } from '@/lib/settings/site-toggle';

export async function toggleShortcut(): Promise<string | undefined> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === TOGGLE_SITE_COMMAND)?.shortcut || undefined;
}
