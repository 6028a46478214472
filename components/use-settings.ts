// The settings as React state, kept live across the extension's pages, and the strings of
// a feature in the language the settings choose.
import { useEffect, useState } from 'react';
import { resolveLang, type Lang, type StringTable } from '@/lib/i18n/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { loadSettings, watchSettings } from '@/lib/settings/store';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

export function useLang(): Lang {
  const settings = useSettings();
  return resolveLang((settings ?? DEFAULT_SETTINGS).language, navigator.language);
}

export function useStrings<T extends StringTable>(strings: (lang: Lang) => T): T {
  return strings(useLang());
}
