// The settings as React state, kept live across the extension's pages.
import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings, watchSettings } from '@/lib/settings/store';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
