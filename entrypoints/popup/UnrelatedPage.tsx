// A page the detector judged unrelated: the reasons it gave, and two ways to annotate it
// anyway: this page once (until reload; nothing is stored), or every page of the site.
import { useState } from 'react';
import { reasonText } from '@/lib/detect/reason-text';
import type { Lang } from '@/lib/i18n/i18n';
import type { PageState } from '@/lib/messaging/messages';
import { sendToTab } from '@/lib/messaging/protocol';
import { popupStrings } from './strings';

export function UnrelatedPage({ state, tabId, lang, onAlways }: { state: PageState; tabId: number; lang: Lang; onAlways: () => void }) {
  const t = popupStrings(lang);
  const [failed, setFailed] = useState(false);
  // The new state comes back as the page's report (use-followed-page.ts); only a failure is ours to show.
  const annotate = () => {
    setFailed(false);
    sendToTab(tabId, { type: 'annotate-page' }).catch(() => setFailed(true));
  };
  return (
    <section className="unrelated" aria-labelledby="why-heading">
      <h2 id="why-heading">{t.why}</h2>
      <ul className="reasons">
        {state.reasons.map((r, i) => (
          <li key={i}>{reasonText(r, lang)}</li>
        ))}
      </ul>
      {state.once ? (
        <p className="help">{t.annotatedOnce}</p>
      ) : (
        <>
          <div className="actions">
            <button type="button" aria-describedby="annotate-help" onClick={annotate}>
              {t.annotatePage}
            </button>
            <button type="button" onClick={onAlways}>
              {t.alwaysOnSite}
            </button>
          </div>
          <p id="annotate-help" className="help">
            {t.annotateHelp}
          </p>
        </>
      )}
      {failed && (
        <p className="error" role="alert">
          {t.annotateFailed}
        </p>
      )}
    </section>
  );
}
