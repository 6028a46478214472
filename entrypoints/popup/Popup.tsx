// Toolbar popup: this site's mode, the global switch, why a page was judged unrelated (and
// annotating it anyway), the keyboard shortcuts, and ways into the side panel and the
// options. Its strings and colours follow the settings; the page's state is the one the
// side panel follows (its tab, or ?tab=ID when the popup is opened as a page in tests).
import { browser } from 'wxt/browser';
import { resolveLang } from '@/lib/i18n/i18n';
import { SITE_MODES, siteModeFor, withSiteMode } from '@/lib/settings/settings';
import { useEditableSettings } from '../../components/hooks/use-editable-settings';
import { useFollowedPage } from '../../components/hooks/use-followed-page';
import { usePageSettings } from '../../components/hooks/use-page-settings';
import { SaveError } from '../../components/SaveError';
import { ShortcutList } from '../../components/ShortcutList';
import { sitePdfAddress, siteAddress } from '@/lib/pdf/pdf-address';
import { OpenThisPdf } from './OpenThisPdf';
import { UnrelatedPage } from './UnrelatedPage';
import { useTabAddress } from './use-tab-address';
import { popupStrings } from './strings';
import './popup.css';

export function Popup() {
  const { settings, update, saveError } = useEditableSettings();
  const { windowId, tabId, view, retry } = useFollowedPage();
  usePageSettings(settings);
  const tabAddress = useTabAddress(tabId);

  if (!settings || view.phase === 'loading') return <main className="popup" aria-busy="true" />;

  const lang = resolveLang(settings.language, navigator.language);
  const t = popupStrings(lang);
  const page = view.phase === 'ready' ? view.state : undefined;
  const host = page?.host;
  const mode = host ? siteModeFor(settings, host) : 'auto';
  // A PDF by its address (activeTab tells it), or by what Chromium's viewer page says it shows.
  const pdf = sitePdfAddress(tabAddress) ?? siteAddress(page?.pdf);

  return (
    <main className="popup">
      <header>
        <h1>Treaty Lens</h1>
        <label className="switch">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => void update({ ...settings, enabled: e.target.checked })} />
          {t.onEverywhere}
        </label>
      </header>
      <SaveError problem={saveError} lang={lang} />
      {host ? (
        <>
          <p className="status" data-testid="page-status">
            {t[page.verdict]}
            {page.terms > 0 ? t.terms(page.terms) : ''}
          </p>
          <fieldset disabled={!settings.enabled} aria-describedby="mode-help">
            <legend>{t.onHost(host)}</legend>
            {SITE_MODES.map((m) => (
              <label key={m} className="mode">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => void update(withSiteMode(settings, host, m))} />
                {t[m]}
              </label>
            ))}
            <p id="mode-help" className="help">
              {t.autoHelp}
            </p>
          </fieldset>
          {/* The viewer's page has no text of its own: its reasons would explain nothing. */}
          {!pdf && page.verdict === 'unrelated' && mode === 'auto' && settings.enabled && tabId !== undefined && (
            <UnrelatedPage
              state={page}
              tabId={tabId}
              lang={lang}
              onAlways={() => void update(withSiteMode(settings, host, 'always'))}
            />
          )}
        </>
      ) : view.phase === 'no-answer' ? (
        // A page busy for seconds (a huge one still loading): its mode is set once it answers.
        <p className="status">
          {t.noAnswer}{' '}
          <button type="button" className="link" onClick={retry}>
            {t.retry}
          </button>
        </p>
      ) : (
        // A browser page, the store, a tab open since before the install.
        <p className="status">{t.notHere}</p>
      )}
      {pdf && <OpenThisPdf url={pdf} lang={lang} />}
      <details className="shortcuts-box">
        <summary>{t.shortcuts}</summary>
        <ShortcutList lang={lang} lookupKey={settings.lookupKey} />
      </details>
      <div className="actions">
        <button type="button" onClick={() => void openSidePanel(windowId)}>
          {t.openPanel}
        </button>
        <button type="button" onClick={() => void openPdfReader()}>
          {t.openPdf}
        </button>
        <button type="button" onClick={() => void openOptions()}>
          {t.openOptions}
        </button>
      </div>
    </main>
  );
}

/** The PDF reader in a tab of its own, where the file is picked or dropped (a file dialog would close the popup). */
async function openPdfReader(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/pdf.html') });
  window.close();
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
