// The Compare view in a tab of its own, for the width two columns of text want. Same view,
// same hash (#compare=a,b or #formula=entry) as in the side panel; its paragraph links open
// the panel's reader page, since this page has no reader.
import { resolveLang } from '@/lib/i18n/i18n';
import { usePageSettings } from '@/components/hooks/use-page-settings';
import { useSettings } from '@/components/hooks/use-settings';
import { Compare } from '@/entrypoints/sidepanel/Compare';
import { DocLinkContext } from '@/entrypoints/sidepanel/doc-links';
import { LangContext } from '@/entrypoints/sidepanel/lang';
import { shellStrings } from '@/entrypoints/sidepanel/strings/shell';
import { compareRouteFromHash, docHref } from '@/entrypoints/sidepanel/links';
import { useHashRoute } from '@/entrypoints/sidepanel/use-hash-route';
import { useUserCorpus } from '@/entrypoints/sidepanel/use-user-corpus';
import '@/entrypoints/sidepanel/panel.css';
import './compare.css';

const readerLink = (docId: string, paraId?: string) => `sidepanel.html${docHref(docId, paraId)}`;

export function CompareTab() {
  const settings = useSettings();
  const [route] = useHashRoute(compareRouteFromHash);
  const user = useUserCorpus();
  usePageSettings(settings);
  if (!settings) return <div className="panel" aria-busy="true" />;
  const lang = resolveLang(settings.language, navigator.language);
  return (
    <LangContext.Provider value={lang}>
      <DocLinkContext.Provider value={readerLink}>
        <main className="panel compare-tab">
          <h1 className="compare-tab-title">{shellStrings(lang).title}</h1>
          <Compare route={route ?? { kind: 'compare', docIds: [] }} user={user} />
        </main>
      </DocLinkContext.Provider>
    </LangContext.Provider>
  );
}

