// A formula's history over some documents: each wording's first and last use, and each
// change of wording, linked to the paragraphs.
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { DocumentRef } from '@/lib/compare/document';
import type { FormulaHistory as History } from '@/lib/compare/formula-history';
import { useDocLink } from './doc-links';
import { useText } from './lang';
import { termOf } from './panel-data';
import { compareStrings } from './strings/compare';

function DocAt({ doc, paraIds }: { doc: DocumentRef; paraIds: readonly string[] }) {
  const t = useText(compareStrings);
  const link = useDocLink();
  return (
    <>
      <time>{doc.date ?? t.undated}</time>{' '}
      <span lang="zh-CN" className="formula-doc">
        {doc.title}
      </span>{' '}
      {paraIds.map((p) => (
        <a key={p} className="formula-para" href={link(doc.id, p)}>
          {t.paragraph(paragraphNumber(p))}
        </a>
      ))}
    </>
  );
}

export function FormulaHistory({ history, family, headingId, heading }: { history: History; family: readonly string[]; headingId: string; heading: string }) {
  const t = useText(compareStrings);
  return (
    <section className="formula-history" data-family={family.join(' ')} aria-labelledby={headingId}>
      <h4 id={headingId}>{heading}</h4>
      {history.terms.length === 0 ? (
        <p className="muted">{t.notUsed}</p>
      ) : (
        <>
          <ul className="formula-terms">
            {history.terms.map((term) => (
              <li key={term.entryId} data-entry={term.entryId}>
                <strong lang="zh-CN">{termOf(term.entryId)}</strong> <span className="muted">{t.uses(term.uses.length)}</span>
                <dl className="meta">
                  <dt>{t.first}</dt>
                  <dd>
                    <DocAt {...term.first} />
                  </dd>
                  <dt>{t.last}</dt>
                  <dd>
                    <DocAt {...term.last} />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
          <h5>{t.changes}</h5>
          {history.changes.length === 0 ? (
            <p className="muted">{t.noChange}</p>
          ) : (
            <ol className="formula-changes">
              {history.changes.map((c) => (
                <li key={c.doc.id} data-doc={c.doc.id}>
                  <span lang="zh-CN" className="formula-change">
                    {t.changed(c.from.map(termOf).join('、'), c.to.map(termOf).join('、'))}
                  </span>
                  <br />
                  <DocAt doc={c.doc} paraIds={c.paraIds} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
