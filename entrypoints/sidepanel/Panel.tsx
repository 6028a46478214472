// The side panel: the reader at a document and paragraph, a glossary entry, the Compare
// view, or the home view (this page, glossary, timeline, documents, saved pages, search). Queries and the
// chosen tab survive a visit to the reader or an entry. The UI language comes from the
// settings, once, for every view (lang.ts).
import { useCallback, useState } from 'react';
import { resolveLang } from '@/lib/i18n/i18n';
import { paragraphKey } from '@/lib/reader/term-spans';
import { usePageSettings } from '../../components/hooks/use-page-settings';
import { useSettings } from '../../components/hooks/use-settings';
import { Compare } from './Compare';
import { DocumentReader } from './DocumentReader';
import type { GlossaryQuery } from './GlossaryBrowser';
import { GlossaryEntry } from './GlossaryEntry';
import { Home, type HomeTab } from './Home';
import { LangContext } from './lang';
import { compareHref, compareRouteFromHash } from './links';
import { bundledEntries, findDocument } from './panel-data';
import { compareStrings } from './strings/compare';
import { shellStrings } from './strings/shell';
import { useEntryRoute } from './use-entry-route';
import { useHashRoute } from './use-hash-route';
import { useFollowedPage, type PageView } from '../../components/hooks/use-followed-page';
import { usePanelTarget } from './use-panel-target';
import { usePanelTextSize } from './use-panel-text-size';
import { useUserCorpus } from './use-user-corpus';
import { useWordList } from './use-word-list';
import './panel.css';

const NONE: ReadonlySet<string> = new Set();

/** Where the panel opens: on this page when its tab has one Treaty Lens runs on, else on the corpus. */
function firstTab(view: PageView): HomeTab | undefined {
  if (view.phase === 'loading') return undefined;
  return view.phase === 'no-tab' || view.phase === 'unreachable' ? 'timeline' : 'page';
}

export function Panel() {
  const settings = useSettings();
  const [target, go] = usePanelTarget();
  const [entryId, leaveEntry] = useEntryRoute();
  const [compareRoute, leaveCompare] = useHashRoute(compareRouteFromHash);
  const page = useFollowedPage();
  const user = useUserCorpus();
  const words = useWordList();
  const [query, setQuery] = useState('');
  const [glossaryQuery, setGlossaryQuery] = useState<GlossaryQuery>({ text: '', category: 'all' });
  const [tab, setTab] = useState<HomeTab>();
  const doc = target ? findDocument(target.docId, user.records) : undefined;
  const record = doc?.kind === 'saved-page' ? user.records?.find((r) => r.id === doc.id) : undefined;
  const lang = settings ? resolveLang(settings.language, navigator.language) : undefined;
  const t = shellStrings(lang ?? 'en');
  const tc = compareStrings(lang ?? 'en');

  // Chosen once, when the followed page is first known (React's way to adjust state to a
  // value seen during render, without an effect's extra render).
  const opening = tab === undefined ? firstTab(page.view) : undefined;
  if (opening !== undefined) setTab(opening);

  usePageSettings(settings);
  usePanelTextSize(settings?.panelTextSize);

  const entriesOf = useCallback(
    (paraId: string): ReadonlySet<string> => {
      if (!doc) return NONE;
      if (!record) return bundledEntries.get(paragraphKey(doc.id, paraId)) ?? NONE;
      const i = doc.paragraphs.findIndex((p) => p.id === paraId);
      return new Set(record.entries[i] ?? []);
    },
    [doc, record],
  );

  const backHome = (to?: HomeTab) => {
    go(undefined);
    leaveEntry();
    leaveCompare();
    if (to) setTab(to);
    // The button goes away with the view; keyboard focus lands on a field instead of the page's top.
    const field = to === 'glossary' ? 'glossary-input' : 'search-input';
    requestAnimationFrame(() => document.getElementById(field)?.focus());
  };

  // Nothing until the settings are read: the first paint is already in the chosen language.
  if (!settings || !lang) return <div className="panel" aria-busy="true" />;

  const view = doc ? 'reader' : target ? 'missing' : entryId ? 'entry' : compareRoute ? 'compare' : 'home';
  return (
    <LangContext.Provider value={lang}>
      <div className="panel">
        <header className="panel-head">
          <h1>{t.title}</h1>
          {(target || view === 'compare') && (
            <button type="button" className="link" onClick={() => backHome()}>
              {t.back}
            </button>
          )}
          {view === 'home' && <a href={compareHref([])}>{tc.heading}</a>}
          {/* The PDF reader opens in a tab: a file is picked or dropped there. */}
          {view === 'home' && (
            <a href="/pdf.html" target="_blank" rel="noopener">
              {t.openPdf}
            </a>
          )}
          {view === 'entry' && (
            <button type="button" className="link" onClick={() => backHome('glossary')}>
              {t.backToGlossary}
            </button>
          )}
        </header>
        <main>
          {view === 'missing' && user.records === undefined && <p aria-busy="true">{t.loading}</p>}
          {view === 'missing' && user.records !== undefined && <p role="alert">{t.notFound(target!.docId)}</p>}
          {doc && <DocumentReader doc={doc} paraId={target?.paraId} entriesOf={entriesOf} />}
          {view === 'entry' && <GlossaryEntry entryId={entryId!} />}
          {view === 'compare' && <Compare route={compareRoute!} user={user} tabId={page.tabId} tabHref={`compare.html${location.hash}`} />}
          {(view === 'home' || view === 'missing') && (
            <Home
              user={user}
              words={words}
              page={page}
              settings={settings}
              query={query}
              onQuery={setQuery}
              glossaryQuery={glossaryQuery}
              onGlossaryQuery={setGlossaryQuery}
              tab={tab}
              onTab={setTab}
            />
          )}
        </main>
      </div>
    </LangContext.Provider>
  );
}
