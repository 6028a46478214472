// Settings in storage.sync, one item per setting and per site (layout.ts), read so that a
// corrupted item never crashes: it falls back alone, and the next change of it repairs it.
import { browser } from 'wxt/browser';
import { hasLegacyItem, isSettingsKey, readStoredSettings, settingsWrite } from './layout';
import type { Settings } from './settings';

type StoredItems = Record<string, unknown>;

/** All of storage.sync in one call: a site's key is not known before it is read. */
const storedItems = (): Promise<StoredItems> => browser.storage.sync.get(null);

function readSettings(items: StoredItems): Settings {
  const { settings, warning } = readStoredSettings(items);
  if (warning) console.warn('[Treaty Lens]', warning);
  return settings;
}

/** Every page start reads the settings: one storage call. */
export async function loadSettings(): Promise<Settings> {
  return readSettings(await storedItems());
}

/**
 * Writes what differs from storage. The new items are set in one call, which storage
 * accepts or refuses whole, before anything is removed: a refused write leaves the stored
 * settings as they were, and rejects.
 */
async function writeSettings(stored: StoredItems, next: Settings): Promise<void> {
  const { set, remove } = settingsWrite(stored, next);
  if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
  if (remove.length > 0) await browser.storage.sync.remove(remove);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await writeSettings(await storedItems(), settings);
}

/**
 * Rewrites the single item of an older version in this layout; run when the extension
 * starts. An older version on another device may write that item again: it is read as the
 * truth until this runs again or the next change is saved.
 */
export async function migrateStoredSettings(): Promise<void> {
  const items = await storedItems();
  if (hasLegacyItem(items)) await writeSettings(items, readSettings(items));
}

/** Calls back with the whole settings, read again, after each change to any of their items. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
    // Reads may settle out of order; only the one after the latest change is passed on.
    const ticket = ++latest;
    storedItems().then(
      (items) => {
        if (ticket === latest) onChange(readSettings(items));
      },
      (error: unknown) => console.warn('[Treaty Lens]', 'settings could not be read after a change:', error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
