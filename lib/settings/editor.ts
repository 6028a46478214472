// What a screen that edits the settings shows while storage catches up. A change shows at
// once (controlled inputs must not wait for the storage round trip) and is written.
//
// While a write of ours is in flight, storage events are not shown: they are older writes
// still being delivered, or the echo of our own, and showing one would flip the control
// back for a moment (a click on "English" showing 中文 again). When the last write settles,
// the stored value is read once: it is ours, or a later one from elsewhere, or, when the
// write failed, the value from before it, so a refused write leaves nothing half-shown.
import type { Settings } from './settings';

export interface EditorIO {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  show(settings: Settings): void;
  refused(problem: SaveProblem): void;
}

/** A refused write, as a screen explains it: storage.sync holds at most 512 items (one per site) and 100 KB. */
export interface SaveProblem {
  quota: boolean;
  message: string;
}

function saveProblem(error: unknown): SaveProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { quota: /quota/i.test(message), message };
}

export interface SettingsEditor {
  /** A change made on this screen; true once it is stored, false when storage refused it. */
  update: (next: Settings) => Promise<boolean>;
  /** A value read from storage or announced by it. */
  stored: (settings: Settings) => void;
}

export function settingsEditor(io: EditorIO): SettingsEditor {
  let writes = 0;
  /** The newest value storage gave or announced: what to fall back on if reading fails. */
  let last: Settings | undefined;
  const stored = (settings: Settings) => {
    last = settings;
    if (writes === 0) io.show(settings);
  };
  const reload = () =>
    io.load().then(stored, (error: unknown) => {
      console.warn('[Treaty Lens]', 'settings could not be read again:', error);
      if (last && writes === 0) io.show(last);
    });
  return {
    stored,
    update(next) {
      io.show(next);
      writes++;
      return io
        .save(next)
        .then(
          () => true,
          (error: unknown) => {
            io.refused(saveProblem(error));
            return false;
          },
        )
        .finally(() => {
          if (--writes === 0) void reload();
        });
    },
  };
}
