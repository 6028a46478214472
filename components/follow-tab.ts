// Which tab the panel shows, and what a browser event means for it. The panel follows the
// active tab of its own window; a panel opened as a page with ?tab=ID (the tests, the
// screenshots) is pinned to that tab. Pure, so the rules are unit-tested: a panel opened
// as a tab cannot follow "the active tab", since it is the active tab itself.
export interface Follow {
  /** The panel's window; events from other windows are someone else's. */
  windowId: number | undefined;
  /** The tab shown now; undefined while there is none. */
  tabId: number | undefined;
  pinned: boolean;
}

export type TabEvent =
  | { type: 'activated'; tabId: number; windowId: number }
  | { type: 'updated'; tabId: number; status: string | undefined }
  | { type: 'page-state'; fromTabId: number | undefined };

/** switch: show another tab; refresh: ask the same tab again; accept: take the pushed state. */
type Reaction = { do: 'switch'; tabId: number } | { do: 'refresh' } | { do: 'accept' } | { do: 'ignore' };

export function react(follow: Follow, event: TabEvent): Reaction {
  switch (event.type) {
    case 'activated':
      if (follow.pinned || event.windowId !== follow.windowId || event.tabId === follow.tabId) return { do: 'ignore' };
      return { do: 'switch', tabId: event.tabId };
    case 'updated':
      // A load (or reload) finished: the content script there is new, or gone.
      return event.tabId === follow.tabId && event.status === 'complete' ? { do: 'refresh' } : { do: 'ignore' };
    case 'page-state':
      return event.fromTabId !== undefined && event.fromTabId === follow.tabId ? { do: 'accept' } : { do: 'ignore' };
  }
}

/** The ?tab=ID a panel opened as a page is pinned to, if any. */
export function pinnedTab(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
