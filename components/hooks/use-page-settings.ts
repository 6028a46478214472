// What the extension's own pages (popup, options, side panel) take from the settings
// besides their content: the chosen colour scheme (see base.css) and the document's language.
import { useEffect } from 'react';
import { htmlLang, resolveLang } from '@/lib/i18n/i18n';
import type { Settings } from '@/lib/settings/settings';

export function usePageSettings(settings: Settings | undefined): void {
  const theme = settings?.theme;
  const language = settings?.language;
  useEffect(() => {
    const root = document.documentElement;
    if (theme && theme !== 'auto') root.dataset['theme'] = theme;
    else delete root.dataset['theme'];
  }, [theme]);
  useEffect(() => {
    if (!language) return;
    // Screen readers pick their voice from it.
    document.documentElement.lang = htmlLang(resolveLang(language, navigator.language));
  }, [language]);
}
