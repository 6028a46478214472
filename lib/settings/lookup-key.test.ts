import { describe, expect, test } from 'vitest';
import { hoverReach, isLookupKey, lookupKeyHeld, NO_MODIFIERS, type LookupSettings } from './lookup-key';
import { DEFAULT_SETTINGS } from './settings';

const shift = { ...NO_MODIFIERS, shiftKey: true };
const alt = { ...NO_MODIFIERS, altKey: true };
const ctrl = { ...NO_MODIFIERS, ctrlKey: true };

describe('the lookup key', () => {
  test('is read from the modifier it names, and none is never held', () => {
    expect(lookupKeyHeld('Shift', shift)).toBe(true);
    expect(lookupKeyHeld('Shift', alt)).toBe(false);
    expect(lookupKeyHeld('Alt', alt)).toBe(true);
    expect(lookupKeyHeld('Ctrl', ctrl)).toBe(true);
    expect(lookupKeyHeld('Ctrl', shift)).toBe(false);
    expect(lookupKeyHeld('none', { shiftKey: true, altKey: true, ctrlKey: true })).toBe(false);
  });

  test('matches the key event of its own key only', () => {
    expect(isLookupKey('Shift', 'Shift')).toBe(true);
    expect(isLookupKey('Ctrl', 'Control')).toBe(true);
    expect(isLookupKey('Alt', 'Shift')).toBe(false);
    expect(isLookupKey('none', 'Shift')).toBe(false);
  });
});

describe('what the pointer may open', () => {
  const defaults: LookupSettings = DEFAULT_SETTINGS;

  test('by default: glossary cards on hover, other words while the key is held', () => {
    expect(hoverReach(defaults, NO_MODIFIERS)).toEqual({ glossary: true, words: false });
    expect(hoverReach(defaults, shift)).toEqual({ glossary: true, words: true });
    expect(hoverReach(defaults, alt)).toEqual({ glossary: true, words: false });
  });

  test('every word on hover, with or without the key', () => {
    expect(hoverReach({ ...defaults, lookUpEveryWordOnHover: true }, NO_MODIFIERS)).toEqual({ glossary: true, words: true });
  });

  test('the hold-a-key mode: nothing until the key is held, then glossary cards and words alike', () => {
    const hold = { ...defaults, cardsOnlyWhileKeyHeld: true, lookUpEveryWordOnHover: true };
    expect(hoverReach(hold, NO_MODIFIERS)).toEqual({ glossary: false, words: false });
    expect(hoverReach(hold, shift)).toEqual({ glossary: true, words: true });
    expect(hoverReach({ ...hold, lookupKey: 'Alt' }, shift)).toEqual({ glossary: false, words: false });
  });

  test('without a key the hold-a-key mode cannot apply', () => {
    expect(hoverReach({ ...defaults, lookupKey: 'none', cardsOnlyWhileKeyHeld: true }, shift)).toEqual({ glossary: true, words: false });
  });
});
