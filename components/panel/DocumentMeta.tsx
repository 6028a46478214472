// What is known about a document, as a description list: date, kind, place, parties,
// signatories, source (page, edition, continuation), byline; for a saved page, its address.
import type { ReactNode } from 'react';
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { CorpusDocument } from '@/lib/corpus/schema';
import { KIND_LABEL } from './kind-labels';
import { docHref } from './links';
import { agreements, corpus, type ReaderDocument } from './panel-data';

const TEXT = {
  date: 'Date',
  savedOn: 'Saved on',
  kind: 'Kind',
  place: 'Place',
  parties: 'Parties',
  signatories: 'Signatories',
  source: 'Source',
  page: (p: string) => `p. ${p}`,
  published: (d: string) => `published ${d}`,
  byline: 'Byline',
  continued: 'Continued from',
  continuedPage: (p: string) => `page ${p}`,
  related: 'Related',
  address: 'Saved from',
  cited: (n: number) => `Cited agreements (${n})`,
  open: 'open',
  notBundled: 'referenced, not bundled',
  undated: 'undated',
  citedAt: (n: number) => `¶${n}`,
};

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
  // One row per agreement, with every paragraph that cites it.
  const where = new Map<string, string[]>();
  for (const c of doc.citations) where.set(c.agreementId, [...(where.get(c.agreementId) ?? []), c.paragraphId]);
  if (where.size === 0) return null;
  return (
    <details className="cited">
      <summary>{TEXT.cited(where.size)}</summary>
      <ul>
        {[...where].map(([id, paras]) => {
          const a = agreements.byId.get(id);
          if (!a) return null;
          return (
            <li key={id} data-agreement={id}>
              {zh(`《${a.title}》`)} <span className="muted">{a.date ?? TEXT.undated}</span>{' '}
              {a.documentId ? <a href={docHref(a.documentId)}>{TEXT.open}</a> : <span className="not-bundled">{TEXT.notBundled}</span>}{' '}
              {[...new Set(paras)].map((p) => (
                <a key={p} className="cited-at" href={docHref(doc.id, p)}>
                  {TEXT.citedAt(paragraphNumber(p))}
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
  if (doc.kind === 'saved-page') {
    return (
      <dl className="meta">
        {doc.date && <Row term={TEXT.date}>{doc.date}</Row>}
        <Row term={TEXT.kind}>{KIND_LABEL[doc.kind]}</Row>
        {doc.place && <Row term={TEXT.place}>{zh(doc.place)}</Row>}
        {doc.signatories.length > 0 && (
          <Row term={TEXT.signatories}>{zh(doc.signatories.map((s) => `${s.party}${s.title} ${s.name}`).join('；'))}</Row>
        )}
        <Row term={TEXT.address}>
          <a href={doc.url} target="_blank" rel="noreferrer">
            {doc.url}
          </a>
        </Row>
        <Row term={TEXT.savedOn}>{doc.savedAt.slice(0, 10)}</Row>
      </dl>
    );
  }
  const { source } = doc;
  const related = doc.relatedTo.flatMap((id) => corpus.documents.filter((d) => d.id === id));
  return (
    <>
      <dl className="meta">
        <Row term={TEXT.date}>{doc.date}</Row>
        <Row term={TEXT.kind}>{KIND_LABEL[doc.kind]}</Row>
        {doc.place && <Row term={TEXT.place}>{zh(doc.place)}</Row>}
        <Row term={TEXT.parties}>{zh(doc.parties.join('、'))}</Row>
        {doc.signatories.length > 0 && (
          <Row term={TEXT.signatories}>
            <ul className="plain">
              {doc.signatories.map((s) => (
                <li key={s.name}>{zh(`${s.party}${s.title} ${s.name}`)}</li>
              ))}
            </ul>
          </Row>
        )}
        <Row term={TEXT.source}>
          {zh(source.publication)}
          {source.edition && <> · {zh(source.edition)}</>}
          {source.page && <> · {TEXT.page(source.page)}</>} · {TEXT.published(source.date)}
        </Row>
        {source.continuedFromPage && <Row term={TEXT.continued}>{TEXT.continuedPage(source.continuedFromPage)}</Row>}
        {doc.byline && <Row term={TEXT.byline}>{zh(doc.byline)}</Row>}
        {related.length > 0 && (
          <Row term={TEXT.related}>
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
