// The detector's verdict on the page, with its score and the reasons behind it.
import type { PageState } from '@/lib/messaging/messages';
import { useText, useUiLang } from './lang';
import { reasonText } from '@/lib/detect/reason-text';
import { pageStrings } from './strings/page';

export function PageVerdict({ state }: { state: PageState }) {
  const t = useText(pageStrings);
  const lang = useUiLang();
  const related = state.verdict === 'related';
  return (
    <section aria-labelledby="verdict-heading" className="verdict" data-verdict={state.verdict}>
      <h3 id="verdict-heading">
        <span className={`verdict-badge ${related ? 'is-related' : 'is-unrelated'}`}>{related ? t.related : t.unrelated}</span>{' '}
        <span className="muted">
          {state.host} · {t.score(state.score.toFixed(2))}
        </span>
      </h3>
      {!related && <p className="muted">{t.unrelatedNote}</p>}
      {state.reasons.length > 0 && (
        <details className="reasons" open={related}>
          <summary>{t.reasons}</summary>
          <ul>
            {state.reasons.map((r, i) => (
              <li key={i}>{reasonText(r, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
