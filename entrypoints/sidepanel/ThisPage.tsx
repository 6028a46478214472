// "This page": what Treaty Lens makes of the page in the tab the panel follows, or, when
// there is nothing to show, why not.
import type { ReactNode } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { useText } from './lang';
import { PageTerms } from './PageTerms';
import { PageVerdict } from './PageVerdict';
import { RelatedDocuments } from './RelatedDocuments';
import { pageStrings } from './strings/page';
import type { FollowedPage } from '../../components/hooks/use-followed-page';

/** Why there is nothing (yet) to show; a status, so a screen reader hears it change. */
function Notice({ state, busy = false, children }: { state: string; busy?: boolean; children: ReactNode }) {
  return (
    <div className="page-notice" data-state={state} role="status" aria-busy={busy}>
      {children}
    </div>
  );
}

function Body({ page, settings }: { page: FollowedPage; settings: Settings }) {
  const t = useText(pageStrings);
  const { view, tabId } = page;
  switch (view.phase) {
    case 'loading':
      return (
        <Notice state="loading" busy>
          {t.loading}
        </Notice>
      );
    case 'no-tab':
      return <Notice state="no-tab">{t.noTab}</Notice>;
    case 'unreachable':
      return <Notice state="unreachable">{t.unreachable}</Notice>;
    case 'no-answer':
      return (
        <Notice state="no-answer">
          <p>{t.noAnswer}</p>
          <button type="button" onClick={page.retry}>
            {t.retry}
          </button>
        </Notice>
      );
    case 'ready':
      break;
  }
  const { state } = view;
  if (state.verdict === 'pending') {
    return (
      <Notice state="reading" busy>
        {t.reading}
      </Notice>
    );
  }
  if (state.verdict === 'off') {
    // Off everywhere, or on this site: the settings say which.
    if (!settings.enabled) return <Notice state="off">{t.offEverywhere}</Notice>;
    return <Notice state="off">{t.offSite(state.host)}</Notice>;
  }
  return (
    <>
      <PageVerdict state={state} />
      {/* The related documents are a short list; a long page's terms would push them out of sight. */}
      {state.found.length > 0 && <RelatedDocuments found={state.found} />}
      {tabId !== undefined && (state.verdict === 'related' || state.found.length > 0) && <PageTerms tabId={tabId} found={state.found} />}
    </>
  );
}

export function ThisPage({ page, settings }: { page: FollowedPage; settings: Settings }) {
  const t = useText(pageStrings);
  return (
    <section aria-labelledby="page-heading" className="this-page">
      <h2 id="page-heading">{t.heading}</h2>
      <Body page={page} settings={settings} />
    </section>
  );
}
