import { describe, expect, test } from 'vitest';
import { pinnedTab, react, type Follow } from './follow-tab';

const following: Follow = { windowId: 1, tabId: 10, pinned: false };
const pinned: Follow = { windowId: 1, tabId: 10, pinned: true };

describe('following the active tab', () => {
  test('switches to a tab activated in its own window', () => {
    expect(react(following, { type: 'activated', tabId: 11, windowId: 1 })).toEqual({ do: 'switch', tabId: 11 });
  });

  test('ignores other windows, the same tab, and a pinned panel', () => {
    expect(react(following, { type: 'activated', tabId: 11, windowId: 2 })).toEqual({ do: 'ignore' });
    expect(react(following, { type: 'activated', tabId: 10, windowId: 1 })).toEqual({ do: 'ignore' });
    expect(react(pinned, { type: 'activated', tabId: 11, windowId: 1 })).toEqual({ do: 'ignore' });
  });

  test('asks again when its tab finishes loading, not while it loads or for other tabs', () => {
    expect(react(following, { type: 'updated', tabId: 10, status: 'complete' })).toEqual({ do: 'refresh' });
    expect(react(pinned, { type: 'updated', tabId: 10, status: 'complete' })).toEqual({ do: 'refresh' });
    expect(react(following, { type: 'updated', tabId: 10, status: 'loading' })).toEqual({ do: 'ignore' });
    expect(react(following, { type: 'updated', tabId: 10, status: undefined })).toEqual({ do: 'ignore' });
    expect(react(following, { type: 'updated', tabId: 12, status: 'complete' })).toEqual({ do: 'ignore' });
  });

  test('takes page states from its tab only', () => {
    expect(react(following, { type: 'page-state', fromTabId: 10 })).toEqual({ do: 'accept' });
    expect(react(following, { type: 'page-state', fromTabId: 12 })).toEqual({ do: 'ignore' });
    expect(react(following, { type: 'page-state', fromTabId: undefined })).toEqual({ do: 'ignore' });
    expect(react({ ...following, tabId: undefined }, { type: 'page-state', fromTabId: undefined })).toEqual({ do: 'ignore' });
  });
});

test('?tab=ID pins the panel; anything else does not', () => {
  expect(pinnedTab('?tab=42')).toBe(42);
  expect(pinnedTab('')).toBeUndefined();
  expect(pinnedTab('?tab=abc')).toBeUndefined();
  expect(pinnedTab('?tab=0')).toBeUndefined();
});
