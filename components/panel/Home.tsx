// The panel's start: search, saving the current page, and three ways into the corpus
// (timeline, documents by kind, the user's saved pages). Results replace the tabs while
// there is a query.
import { useEffect } from 'react';
import { corpus } from './panel-data';
import { DocumentList } from './DocumentList';
import { SavedPages } from './SavedPages';
import { SavePage } from './SavePage';
import { SearchBox } from './SearchBox';
import { prepareSearch } from './search-engine';
import { SearchResults } from './SearchResults';
import { Tabs, type TabSpec } from './Tabs';
import { Timeline } from './Timeline';
import type { UserCorpus } from './use-user-corpus';

export type HomeTab = 'timeline' | 'documents' | 'saved';

const TEXT = { views: 'Corpus views', timeline: 'Timeline', documents: 'Documents', saved: 'My pages' };

export function Home({
  user,
  query,
  onQuery,
  tab,
  onTab,
}: {
  user: UserCorpus;
  query: string;
  onQuery: (q: string) => void;
  tab: HomeTab;
  onTab: (t: HomeTab) => void;
}) {
  useEffect(() => {
    const idle = requestIdleCallback(prepareSearch);
    return () => cancelIdleCallback(idle);
  }, []);
  const tabs: TabSpec<HomeTab>[] = [
    { id: 'timeline', label: TEXT.timeline, content: () => <Timeline /> },
    { id: 'documents', label: TEXT.documents, content: () => <DocumentList documents={corpus.documents} /> },
    { id: 'saved', label: TEXT.saved, content: () => <SavedPages user={user} /> },
  ];
  return (
    <>
      <SearchBox query={query} onQuery={onQuery} />
      <SavePage user={user} />
      {query.trim() ? (
        <SearchResults query={query} records={user.records ?? []} />
      ) : (
        <Tabs label={TEXT.views} tabs={tabs} selected={tab} onSelect={onTab} />
      )}
    </>
  );
}
