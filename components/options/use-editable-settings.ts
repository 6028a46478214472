// The settings for a screen that edits them: a change shows at once (controlled inputs
// must not wait for the storage round trip) and is written; changes made elsewhere (the
// popup, the keyboard command, another options tab) arrive through storage.
import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

export function useEditableSettings(): [Settings | undefined, (next: Settings) => void] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return [settings, update];
}
