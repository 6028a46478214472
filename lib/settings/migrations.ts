// How the single settings item of older versions reads in the current shape. Each step is
// frozen: it says what its version added, with the values that version chose, so a later
// change of DEFAULT_SETTINGS does not rewrite history. A value that is not an object is
// passed on untouched and left to parseSettings, which falls back to the defaults.
//
// The item's version marker is not needed: v2 only added fields, so filling the ones a
// value lacks with v2's choices leaves a v2 value as it was. Later versions store one item
// per setting (layout.ts), where a new setting is a new item that takes its default.
import { parseSettings, type Settings } from './settings';

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

/** The settings in the single item of v1 or v2, damaged fields falling back one by one. */
export function settingsFromLegacy(item: unknown): { settings: Settings; warning?: string } {
  return parseSettings(toV2(item));
}
