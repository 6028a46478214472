// Toolbar popup: this site's mode, the global switch, and ways into the side panel and the
// options. Its strings and colours follow the settings.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveLang } from '@/lib/i18n/i18n';
import type { PageState } from '@/lib/messaging/messages';
import { SITE_MODES, siteModeFor, withSiteMode, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';
import { usePageSettings } from '../use-page-settings';
import { popupStrings } from './strings';
import './popup.css';
import { toggleShortcut } from '../toggle-shortcut';

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
  const [shortcut, setShortcut] = useState<string>();
  usePageSettings(settings);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void toggleShortcut().then(setShortcut, () => undefined);
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

  const t = popupStrings(resolveLang(settings.language, navigator.language));
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
          {t.onEverywhere}
        </label>
      </header>
      {host ? (
        <>
          <p className="status" data-testid="page-status">
            {page.verdict === 'off' ? t.offOnPage : page.verdict === 'related' ? t.related : t.unrelated}
            {page.terms > 0 ? t.terms(page.terms) : ''}
          </p>
          <fieldset disabled={!settings.enabled} aria-describedby="mode-help">
            <legend>{t.onHost(host)}</legend>
            {SITE_MODES.map((m) => (
              <label key={m} className="mode">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => update(withSiteMode(settings, host, m))} />
                {t[m]}
              </label>
            ))}
            <p id="mode-help" className="help">
              {t.autoHelp}
              {shortcut ? ` ${t.shortcut(shortcut)}` : ''}
            </p>
          </fieldset>
        </>
      ) : (
        <p className="status">{t.notHere}</p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void openSidePanel(windowId)}>
          {t.openPanel}
        </button>
        <button type="button" onClick={() => void openOptions()}>
          {t.openOptions}
        </button>
      </div>
    </main>
  );
}

async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  window.close();
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
