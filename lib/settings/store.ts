// Settings in storage.sync, read through parseSettings so a corrupted value never crashes.
import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from './settings';

const settingsItem = storage.defineItem<unknown>('sync:settings', { version: 1 });

function readSettings(raw: unknown): Settings {
  const { settings, warning } = parseSettings(raw);
  if (warning) console.warn('[Treaty Lens]', warning);
  return settings;
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(readSettings(raw)));
}
