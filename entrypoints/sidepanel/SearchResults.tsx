// Ranked search results over the bundled and saved documents, each with an excerpt whose
// matched terms are marked, each opening the reader at its paragraph.
import { useMemo } from 'react';
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { SearchHit } from '@/lib/search/search-index';
import { snippet } from '@/lib/search/snippet';
import type { UserRecord } from '@/lib/user-corpus/record';
import { kindStrings } from './kind-labels';
import { useText } from './lang';
import { docHref, entryHref } from './links';
import { findDocument } from './panel-data';
import { searchCorpus } from './search-engine';
import { readerStrings, searchStrings } from './strings/reader';

/** Results shown at once; the rest rank too low to be worth reading. */
const SHOWN = 50;

function Result({ hit, records }: { hit: SearchHit; records: readonly UserRecord[] }) {
  const t = useText(searchStrings);
  const kinds = useText(kindStrings);
  const reader = useText(readerStrings);
  const doc = findDocument(hit.docId, records);
  if (!doc) return null;
  const text = hit.paraId === null ? doc.title : (doc.paragraphs.find((p) => p.id === hit.paraId)?.text ?? '');
  const date = doc.kind === 'saved-page' ? (doc.date ?? doc.savedAt.slice(0, 10)) : doc.date;
  return (
    <li className="result" data-doc={hit.docId} data-para={hit.paraId ?? ''} data-score={hit.score.toFixed(3)}>
      <a href={docHref(hit.docId, hit.paraId ?? undefined)}>
        <span lang="zh-CN">{doc.title}</span>
      </a>
      <span className="result-meta">
        {date} · {kinds[doc.kind]} · {hit.paraId === null ? t.title : reader.paragraphShort(paragraphNumber(hit.paraId))}
      </span>
      <p className="snippet" lang="zh-CN">
        {snippet(text, hit.terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </p>
    </li>
  );
}

export function SearchResults({ query, records }: { query: string; records: readonly UserRecord[] }) {
  const t = useText(searchStrings);
  const { hits, viaTerm } = useMemo(() => searchCorpus(query, records), [query, records]);
  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading">{t.heading}</h2>
      <p role="status">
        {viaTerm && (
          <span className="via-glossary">
            {t.viaGlossary(query.trim())}
            <a href={entryHref(viaTerm.id)} lang="zh-CN">
              {viaTerm.term}
            </a>
            {t.sentenceEnd}
          </span>
        )}
        {t.count(hits.length, SHOWN)}
      </p>
      <ol>
        {hits.slice(0, SHOWN).map((h) => (
          <Result key={`${h.docId}#${h.paraId ?? ''}`} hit={h} records={records} />
        ))}
      </ol>
    </section>
  );
}
