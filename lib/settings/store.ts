// Settings in storage.sync, read through parseSettings so a corrupted value never crashes.
// A damaged value is repaired by the next write, which stores the parsed (valid) settings.
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { parseSettings, type Settings } from './settings';

const KEY = 'sync:settings';
/** The same value and its version metadata, as @wxt-dev/storage lays them out in storage.sync. */
const SYNC_KEY = 'settings';
const SYNC_META_KEY = 'settings$';

let item: Promise<WxtStorageItem<unknown, Record<string, unknown>>> | undefined;

/**
 * The versioned item; @wxt-dev/storage migrates an older value when it is defined. A value
 * marked with a newer version is not an error: storage.sync brings it from another device
 * running a later release. Defining the item at that version leaves it unmigrated (the
 * library would otherwise log a downgrade error), and parseSettings keeps the fields this
 * release knows.
 */
function settingsItem(): Promise<WxtStorageItem<unknown, Record<string, unknown>>> {
  item ??= storage.getMeta<{ v?: unknown }>(KEY).then(({ v }) => {
    const stored = typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
    if (stored > SETTINGS_VERSION) console.info('[Treaty Lens]', `settings come from a newer version (v${stored}); reading the fields this one knows`);
    return storage.defineItem<unknown>(KEY, { version: Math.max(stored, SETTINGS_VERSION), migrations: SETTINGS_MIGRATIONS });
  });
  return item;
}

function readSettings(raw: unknown): Settings {
  const { settings, warning } = parseSettings(raw);
  if (warning) console.warn('[Treaty Lens]', warning);
  return settings;
}

/**
 * Every page start reads the settings, so the usual case costs one storage read: a value
 * already at this version, or none yet. Only an older or newer value goes through the
 * versioned item (three reads and, for an older one, the migration).
 */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get([SYNC_KEY, SYNC_META_KEY]);
  const version = (got[SYNC_META_KEY] as { v?: unknown } | undefined)?.v;
  if (got[SYNC_KEY] === undefined || version === SETTINGS_VERSION) return readSettings(got[SYNC_KEY]);
  return readSettings(await (await settingsItem()).getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await (await settingsItem()).setValue(settings);
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(KEY, (raw) => onChange(readSettings(raw)));
}
