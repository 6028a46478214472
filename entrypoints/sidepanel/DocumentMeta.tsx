// What is known about a document, as a description list: date, kind, place, parties,
// signatories, source (page, edition, continuation), byline; for a saved page, its address.
import type { ReactNode } from 'react';
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { CorpusDocument } from '@/lib/corpus/schema';
import { kindStrings } from './kind-labels';
import { useText } from './lang';
import { docHref } from './links';
import { agreements, bundledDocument, type ReaderDocument } from './panel-data';
import { metaStrings, readerStrings } from './strings/reader';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

const zh = (text: string) => <span lang="zh-CN">{text}</span>;

/** Folded by default: a declaration cites a dozen agreements, which would push the text down. */
function CitedAgreements({ doc }: { doc: CorpusDocument }) {
  const t = useText(metaStrings);
  const reader = useText(readerStrings);
  // One row per agreement, with every paragraph that cites it.
  const where = new Map<string, string[]>();
  for (const c of doc.citations) where.set(c.agreementId, [...(where.get(c.agreementId) ?? []), c.paragraphId]);
  if (where.size === 0) return null;
  return (
    <details className="cited">
      <summary>{t.cited(where.size)}</summary>
      <ul>
        {[...where].map(([id, paras]) => {
          const a = agreements.byId.get(id);
          if (!a) return null;
          return (
            <li key={id} data-agreement={id}>
              {zh(`《${a.title}》`)} <span className="muted">{a.date ?? t.undated}</span>{' '}
              {a.documentId ? <a href={docHref(a.documentId)}>{t.open}</a> : <span className="not-bundled">{reader.notBundled}</span>}{' '}
              {[...new Set(paras)].map((p) => (
                <a key={p} className="cited-at" href={docHref(doc.id, p)}>
                  {reader.paragraphShort(paragraphNumber(p))}
                </a>
              ))}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function DocumentMeta({ doc }: { doc: ReaderDocument }) {
  const t = useText(metaStrings);
  const kinds = useText(kindStrings);
  if (doc.kind === 'saved-page') {
    return (
      <dl className="meta">
        {doc.date && <Row term={t.date}>{doc.date}</Row>}
        <Row term={t.kind}>{kinds[doc.kind]}</Row>
        {doc.place && <Row term={t.place}>{zh(doc.place)}</Row>}
        {doc.signatories.length > 0 && (
          <Row term={t.signatories}>{zh(doc.signatories.map((s) => `${s.party}${s.title} ${s.name}`).join('；'))}</Row>
        )}
        <Row term={t.address}>
          <a href={doc.url} target="_blank" rel="noreferrer">
            {doc.url}
          </a>
        </Row>
        <Row term={t.savedOn}>{doc.savedAt.slice(0, 10)}</Row>
      </dl>
    );
  }
  const { source } = doc;
  const related = doc.relatedTo.flatMap((id) => bundledDocument(id) ?? []);
  return (
    <>
      <dl className="meta">
        <Row term={t.date}>{doc.date}</Row>
        <Row term={t.kind}>{kinds[doc.kind]}</Row>
        {doc.place && <Row term={t.place}>{zh(doc.place)}</Row>}
        <Row term={t.parties}>{zh(doc.parties.join('、'))}</Row>
        {doc.signatories.length > 0 && (
          <Row term={t.signatories}>
            <ul className="plain">
              {doc.signatories.map((s) => (
                <li key={s.name}>{zh(`${s.party}${s.title} ${s.name}`)}</li>
              ))}
            </ul>
          </Row>
        )}
        <Row term={t.source}>
          {zh(source.publication)}
          {source.edition && <> · {zh(source.edition)}</>}
          {source.page && <> · {t.page(source.page)}</>} · {t.published(source.date)}
        </Row>
        {source.continuedFromPage && <Row term={t.continued}>{t.continuedPage(source.continuedFromPage)}</Row>}
        {doc.byline && <Row term={t.byline}>{zh(doc.byline)}</Row>}
        {related.length > 0 && (
          <Row term={t.related}>
            {related.map((d) => (
              <a key={d.id} href={docHref(d.id)} lang="zh-CN">
                {d.title}
              </a>
            ))}
          </Row>
        )}
      </dl>
      <CitedAgreements doc={doc} />
    </>
  );
}
