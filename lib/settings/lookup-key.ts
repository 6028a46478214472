// What the pointer may open, from the lookup key and the reader's choices: glossary cards
// open on hover as always, and any other word while the key is held (or always, when the
// reader asks for every word); in the hold-a-key mode both wait for the key. The key is
// read from the modifier state of a trusted pointer or key event, never tracked by hand,
// so a key released outside the page (in another window) does not stay "held".
import type { LookupKey, Settings } from './settings';

export interface Modifiers {
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
}

export const NO_MODIFIERS: Modifiers = { shiftKey: false, altKey: false, ctrlKey: false };

export function lookupKeyHeld(key: LookupKey, m: Modifiers): boolean {
  if (key === 'Shift') return m.shiftKey;
  if (key === 'Alt') return m.altKey;
  if (key === 'Ctrl') return m.ctrlKey;
  return false;
}

/** Whether a KeyboardEvent's `key` is the lookup key itself (pressed or released). */
export function isLookupKey(key: LookupKey, eventKey: string): boolean {
  return key !== 'none' && eventKey === (key === 'Ctrl' ? 'Control' : key);
}

export interface HoverReach {
  glossary: boolean;
  words: boolean;
}

export type LookupSettings = Pick<Settings, 'lookupKey' | 'cardsOnlyWhileKeyHeld' | 'lookUpEveryWordOnHover'>;

export function hoverReach(settings: LookupSettings, m: Modifiers): HoverReach {
  const held = lookupKeyHeld(settings.lookupKey, m);
  // Without a key there is nothing to wait for: the hold-a-key mode cannot apply.
  if (settings.cardsOnlyWhileKeyHeld && settings.lookupKey !== 'none') return { glossary: held, words: held };
  return { glossary: true, words: held || settings.lookUpEveryWordOnHover };
}
