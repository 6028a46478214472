// Toolbar popup: this site's mode, the global switch, and a way into the side panel.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/messaging/messages';
import { SITE_MODES, siteModeFor, withSiteMode, type Settings, type SiteMode } from '@/lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';
import './popup.css';

const MODE_LABEL: Record<SiteMode, string> = { auto: 'Automatic', always: 'Always', never: 'Never' };

/** The tab the popup acts on: the active one, or ?tab=ID when the popup is opened as a page (tests). */
async function activeTab() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (asked) return browser.tabs.get(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Asks the page's content script; undefined where it does not run (browser pages, the store). */
async function pageState(tabId: number | undefined): Promise<PageState | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'get-page-state' })) as PageState;
  } catch {
    return undefined;
  }
}

export function Popup() {
  const [settings, setSettings] = useState<Settings>();
  const [page, setPage] = useState<PageState | null>();
  const [windowId, setWindowId] = useState<number>();

  useEffect(() => {
    void loadSettings().then(setSettings);
    const refresh = () =>
      void activeTab().then(async (tab) => {
        setWindowId(tab?.windowId);
        setPage((await pageState(tab?.id)) ?? null);
      });
    refresh();
    return watchSettings((s) => {
      setSettings(s);
      setTimeout(refresh, 150); // the page re-annotates on the same change
    });
  }, []);

  if (!settings || page === undefined) return <main className="popup" aria-busy="true" />;

  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  const host = page?.host;
  const mode = host ? siteModeFor(settings, host) : 'auto';

  return (
    <main className="popup">
      <header>
        <h1>Treaty Lens</h1>
        <label className="switch">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => update({ ...settings, enabled: e.target.checked })} />
          On everywhere
        </label>
      </header>
      {host ? (
        <>
          <p className="status" data-testid="page-status">
            {page.verdict === 'off' ? 'Off on this page' : page.verdict === 'related' ? 'Related diplomatic text' : 'Not a related text'}
            {page.terms > 0 ? ` · ${page.terms} terms` : ''}
          </p>
          <fieldset disabled={!settings.enabled}>
            <legend>On {host}</legend>
            {SITE_MODES.map((m) => (
              <label key={m} className="mode">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => update(withSiteMode(settings, host, m))} />
                {MODE_LABEL[m]}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <p className="status">Treaty Lens does not run on this page.</p>
      )}
      <button type="button" onClick={() => void openSidePanel(windowId)}>
        Open the side panel
      </button>
    </main>
  );
}

/** Called straight from the click (no await before it), so the user gesture still counts. */
async function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && windowId !== undefined) await api.sidePanel.open({ windowId });
  else await api.sidebarAction?.open();
  window.close();
}
