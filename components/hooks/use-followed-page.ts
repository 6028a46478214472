// The page a panel or the popup shows and what our content script there says about it:
// asked when the screen opens, when another tab of its window becomes active, when its tab
// finishes loading, and taken as pushed whenever that tab reports a change. The rules for
// which event counts are in follow-tab.ts.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { askPageState, type PageStateAnswer } from '@/lib/messaging/ask-page-state';
import { PageStateReportSchema, type PageState } from '@/lib/messaging/messages';
import { pinnedTab, react, type Follow, type TabEvent } from '../follow-tab';

export type PageView = { phase: 'loading' } | { phase: 'no-tab' } | PageStateAnswer;

async function startingTab(pinned: number | undefined): Promise<number | undefined> {
  if (pinned === undefined) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A pinned tab that is gone is no tab at all (tabs.get needs no permission for an id).
  return browser.tabs.get(pinned).then(
    (tab) => tab.id,
    () => undefined,
  );
}

export interface FollowedPage {
  /** The screen's window (the side panel opens there). */
  windowId: number | undefined;
  tabId: number | undefined;
  view: PageView;
  retry: () => void;
}

export function useFollowedPage(): FollowedPage {
  const follow = useRef<Follow>({ windowId: undefined, tabId: undefined, pinned: false });
  const [windowId, setWindowId] = useState<number>();
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<PageView>({ phase: 'loading' });
  /** Only the latest question's answer counts: a slow one for a tab left behind is dropped. */
  const asked = useRef(0);

  const show = useCallback((id: number | undefined, quietly: boolean) => {
    follow.current = { ...follow.current, tabId: id };
    setTabId(id);
    const n = ++asked.current;
    if (id === undefined) return setView({ phase: 'no-tab' });
    // A refresh of the same tab keeps the old answer on screen until the new one comes.
    if (!quietly) setView({ phase: 'loading' });
    void askPageState(id).then((answer) => {
      if (asked.current === n) setView(answer);
    });
  }, []);

  useEffect(() => {
    const pinned = pinnedTab(location.search);
    follow.current.pinned = pinned !== undefined;
    void Promise.all([browser.windows.getCurrent(), startingTab(pinned)]).then(([win, id]) => {
      follow.current.windowId = win.id;
      setWindowId(win.id);
      show(id, false);
    });

    const on = (event: TabEvent, state?: PageState) => {
      const reaction = react(follow.current, event);
      if (reaction.do === 'switch') show(reaction.tabId, false);
      else if (reaction.do === 'refresh') show(follow.current.tabId, true);
      else if (reaction.do === 'accept' && state) {
        asked.current++; // a pushed state is newer than any answer still on its way
        setView({ phase: 'ready', state });
      }
    };
    const onActivated = ({ tabId, windowId }: { tabId: number; windowId: number }) => on({ type: 'activated', tabId, windowId });
    const onUpdated = (id: number, change: { status?: string }) => on({ type: 'updated', tabId: id, status: change.status });
    const onMessage = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const report = PageStateReportSchema.safeParse(raw);
      if (report.success) on({ type: 'page-state', fromTabId: sender.tab?.id }, report.data.state);
      return undefined; // never answers: the message is the background's to acknowledge
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [show]);

  const retry = useCallback(() => show(follow.current.tabId, false), [show]);
  return { windowId, tabId, view, retry };
}
