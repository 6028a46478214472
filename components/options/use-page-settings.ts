// What the extension's own pages (popup, options) take from the settings besides their
// content: the chosen colour scheme and the document's language.
import { useEffect } from 'react';
import { resolveLang } from '@/lib/i18n/i18n';
import type { Settings } from '@/lib/settings/settings';
import './theme.css';

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
    document.documentElement.lang = resolveLang(language, navigator.language) === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
}
