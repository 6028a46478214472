// User settings: what they are, their defaults, and how a stored value is read back.
// Pure, so the content script, the popup and the tests share one definition.
import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/i18n';

export const SITE_MODES = ['auto', 'always', 'never'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const SettingsSchema = z.object({
  /** Global switch: off means no page is annotated, whatever the site modes. */
  enabled: z.boolean(),
  /** Per-site mode by host name; a host not listed is 'auto'. */
  sites: z.record(z.string(), z.enum(SITE_MODES)),
  /** Highlight each term once per page rather than every occurrence. */
  firstOccurrenceOnly: z.boolean(),
  /** Language of the extension's own UI; 'auto' follows the browser. */
  language: z.enum(['auto', ...LANGUAGES]),
  /** Colour scheme of the extension's UI; 'auto' follows the system. */
  theme: z.enum(['auto', 'light', 'dark']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { enabled: true, sites: {}, firstOccurrenceOnly: false, language: 'auto', theme: 'auto' };

export function siteModeFor(settings: Settings, host: string): SiteMode {
  return settings.sites[host] ?? 'auto';
}

export function withSiteMode(settings: Settings, host: string, mode: SiteMode): Settings {
  const sites = { ...settings.sites };
  // 'auto' is the default: store nothing rather than an entry that says nothing.
  if (mode === 'auto') delete sites[host];
  else sites[host] = mode;
  return { ...settings, sites };
}

/** Reads a stored value; anything malformed falls back to the defaults, with a warning. */
export function parseSettings(raw: unknown): { settings: Settings; warning?: string } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
  // Fields added since the value was stored take their defaults.
  const merged = typeof raw === 'object' && !Array.isArray(raw) ? { ...DEFAULT_SETTINGS, ...raw } : raw;
  const result = SettingsSchema.safeParse(merged);
  if (result.success) return { settings: result.data };
  return { settings: DEFAULT_SETTINGS, warning: `stored settings are invalid, using defaults: ${result.error.message}` };
}

export type PageVerdict = 'related' | 'unrelated' | 'off';

/** Whether a page with this verdict is annotated under these settings. */
export function shouldAnnotate(settings: Settings, host: string, related: boolean): boolean {
  if (!settings.enabled) return false;
  const mode = siteModeFor(settings, host);
  return mode === 'always' || (mode === 'auto' && related);
}
