// How a settings value stored by an older version becomes the current shape. Each step is
// frozen: it says what its version added, with the values that version chose, so a later
// change of DEFAULT_SETTINGS does not rewrite history. Run by @wxt-dev/storage when the
// extension updates (see store.ts); a value that is not an object is passed on untouched
// and left to parseSettings, which falls back to the defaults.

export const SETTINGS_VERSION = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v2 added category filtering, the card's content and the highlight style. */
function toV2(v1: unknown): unknown {
  if (!isRecord(v1)) return v1;
  return {
    // language and theme came late in v1: a value stored before them lacks them.
    language: 'auto',
    theme: 'auto',
    hiddenCategories: [],
    card: { pinyin: true, english: true, definition: true },
    highlightStyle: 'both',
    ...v1,
  };
}

/** Keyed by the version each function migrates to, as @wxt-dev/storage expects. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = { 2: toV2 };
