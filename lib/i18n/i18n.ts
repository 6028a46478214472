// UI strings in three languages. Each feature keeps its strings beside it
// (components/<feature>/strings.ts) as one table per language, typed so that a string
// missing in one language is a compile error. The language is the user's choice in the
// options ('auto' follows the browser), which browser.i18n cannot do: it always follows
// the browser's own language.
export const LANGUAGES = ['en', 'zh', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type LanguageSetting = 'auto' | Lang;

/** A string, or a function of the values it shows. */
type Phrase = string | ((...args: never[]) => string);
export type StringTable = Record<string, Phrase>;

/** Declares a feature's strings: the English table is the reference the others must match. */
export function defineStrings<T extends StringTable>(tables: { en: T; zh: { [K in keyof T]: T[K] }; ru: { [K in keyof T]: T[K] } }): (lang: Lang) => T {
  return (lang) => tables[lang];
}

export function resolveLang(setting: LanguageSetting, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'zh') return 'zh';
  return RUSSIAN_READERS.has(base) ? 'ru' : 'en';
}

/** Browser languages whose readers are best served by the Russian interface: Russian, and the
 *  Central Asian languages whose speakers read Russian as the region's common language (there is
 *  no Kazakh, Kyrgyz or Tajik interface). */
const RUSSIAN_READERS = new Set(['ru', 'kk', 'ky', 'tg']);

/** The value for a lang attribute: Chinese UI text is simplified Chinese. */
export const htmlLang = (lang: Lang): string => ({ en: 'en', zh: 'zh-CN', ru: 'ru' })[lang];

/** Russian nouns after a number take one of three forms: 1 термин, 2 термина, 5 терминов (and 21 термин). */
export function russianPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}
