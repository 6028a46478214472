// How the settings lie in storage.sync: one item per setting ('setting:theme') and one per
// site with its own mode ('site:www.fmprc.gov.cn'). storage.sync limits each item to 8 KB
// and merges devices item by item, so a list kept this way grows to the item limit (512)
// and a change on one device overwrites only what it changed on another. A host in
// automatic mode has no item.
//
// Versions 0.1 stored everything as one item, 'settings' (with @wxt-dev/storage's version
// marker beside it); such an item is read as the truth until it is migrated (store.ts).
import { settingsFromLegacy } from './migrations';
import { DEFAULT_SETTINGS, parseSettings, SITE_MODES, type Settings, type SiteMode } from './settings';

const SETTING_PREFIX = 'setting:';
const SITE_PREFIX = 'site:';
/** The single item of older versions, and @wxt-dev/storage's version marker for it. */
const LEGACY_KEYS = ['settings', 'settings$'] as const;
const [LEGACY_KEY] = LEGACY_KEYS;

type StoredItems = Record<string, unknown>;
type Field = Exclude<keyof Settings, 'sites'>;
const FIELDS = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter((f): f is Field => f !== 'sites');

/** Whether a storage.sync key holds (part of) the settings, in this layout or the old one. */
export function isSettingsKey(key: string): boolean {
  return key.startsWith(SETTING_PREFIX) || key.startsWith(SITE_PREFIX) || (LEGACY_KEYS as readonly string[]).includes(key);
}

export function hasLegacyItem(items: StoredItems): boolean {
  return items[LEGACY_KEY] !== undefined;
}

/** Every item of a settings value: what storage.sync holds once it is written. */
export function settingsItems(settings: Settings): StoredItems {
  const items: StoredItems = {};
  for (const field of FIELDS) items[SETTING_PREFIX + field] = settings[field];
  for (const [host, mode] of Object.entries(settings.sites)) items[SITE_PREFIX + host] = mode;
  return items;
}

/**
 * Reads the settings from all of storage.sync. A damaged setting falls back to its default
 * and a site with a damaged mode is dropped, each alone and with a warning; settings added
 * since the value was written take their defaults.
 */
export function readStoredSettings(items: StoredItems): { settings: Settings; warning?: string } {
  if (hasLegacyItem(items)) return settingsFromLegacy(items[LEGACY_KEY]);
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) raw[field] = items[SETTING_PREFIX + field];
  const sites: Record<string, SiteMode> = {};
  const badSites: string[] = [];
  for (const [key, mode] of Object.entries(items)) {
    if (!key.startsWith(SITE_PREFIX)) continue;
    if ((SITE_MODES as readonly unknown[]).includes(mode)) sites[key.slice(SITE_PREFIX.length)] = mode as SiteMode;
    else badSites.push(key.slice(SITE_PREFIX.length));
  }
  raw['sites'] = sites;
  const { settings, warning } = parseSettings(raw);
  const siteWarning = badSites.length > 0 ? `stored settings are invalid for the sites ${badSites.join(', ')}; leaving them automatic` : undefined;
  const warnings = [warning, siteWarning].filter(Boolean);
  return warnings.length > 0 ? { settings, warning: warnings.join('; ') } : { settings };
}

/**
 * What to write so that storage.sync holds `next`: only the items that differ from what is
 * stored (so a device does not write back another's change it has not touched), the sites
 * set back to automatic to remove, and the old single item once its content is written.
 */
export function settingsWrite(stored: StoredItems, next: Settings): { set: StoredItems; remove: string[] } {
  const wanted = settingsItems(next);
  const set: StoredItems = {};
  for (const [key, value] of Object.entries(wanted)) if (JSON.stringify(stored[key]) !== JSON.stringify(value)) set[key] = value;
  const remove = Object.keys(stored).filter((key) => (key.startsWith(SITE_PREFIX) && !(key in wanted)) || (LEGACY_KEYS as readonly string[]).includes(key));
  return { set, remove };
}
