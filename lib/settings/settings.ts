// User settings: what they are, their defaults, and how a stored value is read back.
// Pure, so the content script, the popup, the options page and the tests share one definition.
import * as z from 'zod/mini';
import { CATEGORIES, type Category } from '../glossary/categories';
import { TITLE_CATEGORY } from '../glossary/title-kinds';
import { LANGUAGES, type Lang } from '../i18n/i18n';

export const SITE_MODES = ['auto', 'always', 'never'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How a highlighted term is marked: a tinted background, an underline, or both. */
const HIGHLIGHT_STYLES = ['both', 'background', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];


/** Languages a glossary entry can be rendered in on the card. */
export const RENDERING_LANGS = ['en', 'ru', 'kk'] as const;
export type RenderingLang = (typeof RENDERING_LANGS)[number];

/** The side panel's text size, relative to the reader's default size (the browser's). */
const PANEL_TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;
export type PanelTextSize = (typeof PANEL_TEXT_SIZES)[number];

/** The key held to look up any word under the pointer (and, in the hold-a-key mode, any card). */
const LOOKUP_KEYS = ['Shift', 'Alt', 'Ctrl', 'none'] as const;
export type LookupKey = (typeof LOOKUP_KEYS)[number];

const CardContentSchema = z.object({ pinyin: z.boolean(), english: z.boolean(), definition: z.boolean() });
export type CardContent = z.infer<typeof CardContentSchema>;

const SettingsSchema = z.object({
  /** Global switch: off means no page is annotated, whatever the site modes. */
  enabled: z.boolean(),
  /** Per-site mode by host name; a host not listed is 'auto'. */
  sites: z.record(z.string(), z.enum(SITE_MODES)),
  /** Highlight each term once per page rather than every occurrence. */
  firstOccurrenceOnly: z.boolean(),
  /** Later occurrences of a term drawn lightly (a thin dotted line), the first in full. */
  lightRepeats: z.boolean(),
  /** Language of the extension's own UI; 'auto' follows the browser. */
  language: z.enum(['auto', ...LANGUAGES]),
  /** Colour scheme of the extension's UI and the card; 'auto' follows the system. */
  theme: z.enum(THEMES),
  /**
   * Categories not highlighted. Stored as the hidden ones so that a category added to the
   * glossary later is shown to everyone, including those who chose before it existed.
   */
  hiddenCategories: z.array(z.enum(CATEGORIES)),
  /** What the card shows besides the term itself. */
  card: CardContentSchema,
  /**
   * The renderings the card shows, in this order; 'auto' follows the interface language
   * (Russian, then English, in the Russian interface; English otherwise).
   */
  renderings: z.union([z.literal('auto'), z.array(z.enum(RENDERING_LANGS)).check(z.minLength(1), z.maxLength(RENDERING_LANGS.length))]),
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  panelTextSize: z.enum(PANEL_TEXT_SIZES),
  /** Held while pointing, looks up the word under the pointer on an annotated page; 'none': no key. */
  lookupKey: z.enum(LOOKUP_KEYS),
  /** Cards of any kind (glossary terms too) open only while the lookup key is held. */
  cardsOnlyWhileKeyHeld: z.boolean(),
  /** Every word under the pointer is looked up, with or without the key. */
  lookUpEveryWordOnHover: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  sites: {},
  firstOccurrenceOnly: false,
  lightRepeats: false,
  language: 'auto',
  theme: 'auto',
  hiddenCategories: [],
  card: { pinyin: true, english: true, definition: true },
  renderings: 'auto',
  highlightStyle: 'both',
  panelTextSize: 'medium',
  lookupKey: 'Shift',
  cardsOnlyWhileKeyHeld: false,
  lookUpEveryWordOnHover: false,
};

/** The renderings a card shows under these settings, in order, without repeats. */
export function renderingsFor(settings: Pick<Settings, 'renderings'>, uiLang: Lang): RenderingLang[] {
  if (settings.renderings === 'auto') return uiLang === 'ru' ? ['ru', 'en'] : ['en'];
  return [...new Set(settings.renderings)];
}

export function siteModeFor(settings: Settings, host: string): SiteMode {
  // Own entries only: a host named constructor or __proto__ must not find Object.prototype's.
  return Object.hasOwn(settings.sites, host) ? settings.sites[host]! : 'auto';
}

export function withSiteMode(settings: Settings, host: string, mode: SiteMode): Settings {
  const sites = { ...settings.sites };
  // 'auto' is the default: store nothing rather than an entry that says nothing.
  if (mode === 'auto') delete sites[host];
  // Defined, not assigned: assigning to sites['__proto__'] would replace the prototype.
  else Object.defineProperty(sites, host, { value: mode, enumerable: true, writable: true, configurable: true });
  return { ...settings, sites };
}

export function categoryShown(settings: Settings, category: string): boolean {
  // Titles the glossary does not have are agreements too, shown and hidden with them.
  const setting = category === TITLE_CATEGORY ? 'agreement' : category;
  return !(settings.hiddenCategories as readonly string[]).includes(setting);
}

export function withCategoryShown(settings: Settings, category: Category, shown: boolean): Settings {
  const hidden = settings.hiddenCategories.filter((c) => c !== category);
  return { ...settings, hiddenCategories: shown ? hidden : [...hidden, category] };
}

type Field = keyof Settings;
const FIELDS = Object.keys(SettingsSchema.shape) as Field[];

/**
 * Reads a stored value. A malformed field falls back to its default, with a warning, and the
 * others are kept: a damaged theme must not cost the reader their site list. Anything that
 * is not an object at all gives the defaults.
 */
export function parseSettings(raw: unknown): { settings: Settings; warning?: string } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, warning: `stored settings are invalid (${Array.isArray(raw) ? 'an array' : typeof raw}), using defaults` };
  }
  const stored = raw as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const field of FIELDS) {
    // Fields added since the value was stored take their defaults silently.
    if (stored[field] === undefined) {
      settings[field] = DEFAULT_SETTINGS[field];
      continue;
    }
    const result = SettingsSchema.shape[field].safeParse(stored[field]);
    if (result.success) settings[field] = result.data;
    else {
      settings[field] = DEFAULT_SETTINGS[field];
      invalid.push(field);
    }
  }
  const parsed = settings as Settings;
  if (invalid.length === 0) return { settings: parsed };
  return { settings: parsed, warning: `stored settings are invalid in ${invalid.join(', ')}; using the defaults for those` };
}


/** Whether a page with this verdict is annotated under these settings. */
export function shouldAnnotate(settings: Settings, host: string, related: boolean): boolean {
  if (!settings.enabled) return false;
  const mode = siteModeFor(settings, host);
  return mode === 'always' || (mode === 'auto' && related);
}

/** Whether going from one settings value to another changes what a page on this host highlights. */
export function affectsAnnotation(before: Settings, after: Settings, host: string): boolean {
  return (
    before.enabled !== after.enabled ||
    siteModeFor(before, host) !== siteModeFor(after, host) ||
    before.firstOccurrenceOnly !== after.firstOccurrenceOnly ||
    before.lightRepeats !== after.lightRepeats ||
    before.highlightStyle !== after.highlightStyle ||
    before.hiddenCategories.join() !== after.hiddenCategories.join()
  );
}
