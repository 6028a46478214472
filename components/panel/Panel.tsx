// The side panel: the reader at a document and paragraph, or the home view (search,
// timeline, documents, saved pages). Query and tab survive a visit to the reader.
import { useCallback, useState } from 'react';
import { paragraphKey } from '@/lib/reader/term-spans';
import { DocumentReader } from './DocumentReader';
import { Home, type HomeTab } from './Home';
import { bundledEntries, findDocument } from './panel-data';
import { usePanelTarget } from './use-panel-target';
import { useUserCorpus } from './use-user-corpus';
import './panel.css';

const TEXT = {
  title: 'Treaty Lens',
  back: 'All documents',
  loading: 'Loading…',
  notFound: (id: string) => `This document is not in the corpus: ${id}`,
};

const NONE: ReadonlySet<string> = new Set();

export function Panel() {
  const [target, go] = usePanelTarget();
  const user = useUserCorpus();
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<HomeTab>('timeline');
  const doc = target ? findDocument(target.docId, user.records) : undefined;
  const record = doc?.kind === 'saved-page' ? user.records?.find((r) => r.id === doc.id) : undefined;

  const entriesOf = useCallback(
    (paraId: string): ReadonlySet<string> => {
      if (!doc) return NONE;
      if (!record) return bundledEntries.get(paragraphKey(doc.id, paraId)) ?? NONE;
      const i = doc.paragraphs.findIndex((p) => p.id === paraId);
      return new Set(record.entries[i] ?? []);
    },
    [doc, record],
  );

  const backHome = () => {
    go(undefined);
    // The button goes away with the reader; keyboard focus lands on the search field instead of the page's top.
    requestAnimationFrame(() => document.getElementById('search-input')?.focus());
  };

  return (
    <div className="panel">
      <header className="panel-head">
        <h1>{TEXT.title}</h1>
        {target && (
          <button type="button" className="link" onClick={backHome}>
            {TEXT.back}
          </button>
        )}
      </header>
      <main>
        {target && !doc && user.records === undefined && <p aria-busy="true">{TEXT.loading}</p>}
        {target && !doc && user.records !== undefined && <p role="alert">{TEXT.notFound(target.docId)}</p>}
        {doc ? (
          <DocumentReader doc={doc} paraId={target?.paraId} entriesOf={entriesOf} />
        ) : (
          <Home user={user} query={query} onQuery={setQuery} tab={tab} onTab={setTab} />
        )}
      </main>
    </div>
  );
}
