// Corpus documents ranked by the glossary terms they share with the page (lib/related),
// each with the shared terms that put it there.
import { useMemo } from 'react';
import type { FoundTerm } from '@/lib/messaging/messages';
import { rankRelated } from '@/lib/related/rank-related';
import { kindStrings } from './kind-labels';
import { useText } from './lang';
import { docHref } from './links';
import { bundledDocument, corpusEntries, entryById } from './panel-data';
import { pageStrings } from './strings/page';

/** Documents listed; further down they share only the commonest terms. */
const SHOWN = 5;
/** Shared terms named per document. */
const WHY_TERMS = 6;

export function RelatedDocuments({ found }: { found: readonly FoundTerm[] }) {
  const t = useText(pageStrings);
  const kinds = useText(kindStrings);
  const ranked = useMemo(() => rankRelated(found, corpusEntries).slice(0, SHOWN), [found]);
  return (
    <section aria-labelledby="related-heading" className="related-docs">
      <h3 id="related-heading">{t.relatedDocs}</h3>
      {ranked.length === 0 ? (
        <p className="muted">{t.noRelated}</p>
      ) : (
        <>
          <p className="muted small">{t.rankNote}</p>
          <ol>
            {ranked.map((r) => {
              const doc = bundledDocument(r.docId);
              if (!doc) return null;
              return (
                <li key={r.docId} className="related-doc" data-doc={r.docId} data-score={r.score.toFixed(3)}>
                  <a href={docHref(r.docId)} lang="zh-CN">
                    {doc.title}
                  </a>
                  <span className="result-meta">
                    {doc.date} · {kinds[doc.kind]}
                  </span>
                  <p className="why">
                    {t.why}
                    <span lang="zh-CN">
                      {r.why
                        .slice(0, WHY_TERMS)
                        .map((id) => entryById.get(id)?.term ?? id)
                        .join('、')}
                    </span>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
