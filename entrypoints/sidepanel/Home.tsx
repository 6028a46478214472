// The panel's start: corpus search, saving the current page, and the views as tabs: this
// page, the glossary, and three ways into the corpus (timeline, documents by kind, the
// user's saved pages). Corpus results replace the tabs while there is a query.
import { useEffect } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { DictionaryTab } from './DictionaryTab';
import { DocumentList } from './DocumentList';
import { GlossaryBrowser, type GlossaryQuery } from './GlossaryBrowser';
import { MyTerms } from './MyTerms';
import { useText } from './lang';
import { corpus } from './panel-data';
import { SavedPages } from './SavedPages';
import { SavePage } from './SavePage';
import { SearchBox } from './SearchBox';
import { prepareSearch } from './search-engine';
import { SearchResults } from './SearchResults';
import { shellStrings } from './strings/shell';
import { Tabs, type TabSpec } from './Tabs';
import { ThisPage } from './ThisPage';
import { Timeline } from './Timeline';
import type { FollowedPage } from '../../components/hooks/use-followed-page';
import type { UserCorpus } from './use-user-corpus';
import { useUserTerms } from './use-user-terms';
import type { WordList } from './use-word-list';

export type HomeTab = 'page' | 'glossary' | 'dictionary' | 'timeline' | 'documents' | 'saved' | 'my-terms';

export function Home({
  user,
  words,
  page,
  settings,
  query,
  onQuery,
  glossaryQuery,
  onGlossaryQuery,
  tab,
  onTab,
}: {
  user: UserCorpus;
  words: WordList;
  page: FollowedPage;
  settings: Settings;
  query: string;
  onQuery: (q: string) => void;
  glossaryQuery: GlossaryQuery;
  onGlossaryQuery: (q: GlossaryQuery) => void;
  /** undefined until the panel knows whether its tab has a page to show. */
  tab: HomeTab | undefined;
  onTab: (t: HomeTab) => void;
}) {
  const t = useText(shellStrings);
  const userTerms = useUserTerms();
  useEffect(() => {
    const idle = requestIdleCallback(prepareSearch);
    return () => cancelIdleCallback(idle);
  }, []);
  // Timeline and Documents stay neighbours: arrow keys move between them as before.
  const tabs: TabSpec<HomeTab>[] = [
    { id: 'page', label: t.page, content: () => <ThisPage page={page} settings={settings} /> },
    { id: 'glossary', label: t.glossary, content: () => <GlossaryBrowser query={glossaryQuery} onQuery={onGlossaryQuery} /> },
    { id: 'dictionary', label: t.dictionary, content: () => <DictionaryTab list={words} /> },
    { id: 'timeline', label: t.timeline, content: () => <Timeline /> },
    { id: 'documents', label: t.documents, content: () => <DocumentList documents={corpus.documents} /> },
    { id: 'saved', label: t.saved, content: () => <SavedPages user={user} /> },
    { id: 'my-terms', label: t.myTerms, content: () => <MyTerms user={userTerms} /> },
  ];
  return (
    <>
      <SearchBox query={query} onQuery={onQuery} />
      <SavePage user={user} tabId={page.tabId} />
      {query.trim() ? (
        <SearchResults query={query} records={user.records ?? []} />
      ) : tab === undefined ? (
        <p aria-busy="true">{t.loading}</p>
      ) : (
        <Tabs label={t.views} tabs={tabs} selected={tab} onSelect={onTab} />
      )}
    </>
  );
}
