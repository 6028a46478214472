// The panel's UI language, decided once in Panel from the settings and handed down by
// context: if each component read the settings on its own, each newly shown view would
// first render in the browser's language, then flip to the chosen one.
import { createContext, useContext } from 'react';
import type { Lang, StringTable } from '@/lib/i18n/i18n';

export const LangContext = createContext<Lang>('en');

export function useUiLang(): Lang {
  return useContext(LangContext);
}

export function useText<T extends StringTable>(strings: (lang: Lang) => T): T {
  return strings(useUiLang());
}

export { htmlLang } from '@/lib/i18n/i18n';
