// UI strings in two languages. Each feature keeps its strings beside it
// (components/<feature>/strings.ts) as one table per language, typed so that a string
// missing in one language is a compile error. The language is the user's choice in the
// options ('auto' follows the browser), which browser.i18n cannot do: it always follows
// the browser's own language.
export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type LanguageSetting = 'auto' | Lang;

/** A string, or a function of the values it shows. */
type Phrase = string | ((...args: never[]) => string);
export type StringTable = Record<string, Phrase>;

/** Declares a feature's strings: the English table is the reference the Chinese must match. */
export function defineStrings<T extends StringTable>(tables: { en: T; zh: { [K in keyof T]: T[K] } }): (lang: Lang) => T {
  return (lang) => tables[lang];
}

export function resolveLang(setting: LanguageSetting, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The value for a lang attribute: Chinese UI text is simplified Chinese. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');
