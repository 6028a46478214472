// The settings for a screen that edits them (popup, options): changes show at once and are
// written; changes made elsewhere (the popup, the keyboard command, another options tab)
// arrive through storage. lib/settings/editor.ts decides what is shown meanwhile.
import { useEffect, useState } from 'react';
import { settingsEditor, type SaveProblem } from '@/lib/settings/editor';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

export interface EditableSettings {
  settings: Settings | undefined;
  /** Resolves true once stored, false when storage refused the change (saveError says why). */
  update: (next: Settings) => Promise<boolean>;
  /** Why the last write was refused; cleared by the next change. */
  saveError: SaveProblem | undefined;
}

export function useEditableSettings(): EditableSettings {
  const [settings, setSettings] = useState<Settings>();
  const [saveError, setSaveError] = useState<SaveProblem>();
  const [editor] = useState(() =>
    settingsEditor({
      load: loadSettings,
      save: saveSettings,
      show: setSettings,
      refused: (problem) => {
        console.warn('[Treaty Lens]', 'settings not saved:', problem.message);
        setSaveError(problem);
      },
    }),
  );
  useEffect(() => {
    void loadSettings().then(editor.stored);
    return watchSettings(editor.stored);
  }, [editor]);
  const update = (next: Settings) => {
    setSaveError(undefined);
    return editor.update(next);
  };
  return { settings, update, saveError };
}
