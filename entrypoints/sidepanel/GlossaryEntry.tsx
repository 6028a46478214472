// A glossary term's page: pinyin, English and where it comes from, the definition in both
// languages (Russian too, with the Russian and Kazakh renderings and their sources), other written forms, related terms in the order they entered the corpus (so
// 战略伙伴关系 → 全面战略伙伴关系 → 永久全面战略伙伴关系 reads as a history), the term's
// timeline and its concordance.
import { useEffect, useRef } from 'react';
import { hasFormulaHistory } from '@/lib/compare/formula-history';
import { englishLabel, type CompiledEntry } from '@/lib/glossary/compiled';
import { glossary } from '@/lib/glossary/data';
import { termTimeline } from '@/lib/glossary/timeline';
import { EntryConcordance } from './EntryConcordance';
import { EntryTimeline } from './EntryTimeline';
import { useUiLang, useText } from './lang';
import { entryHref, formulaHref } from './links';
import { corpus, entryById } from './panel-data';
import { categoryStrings } from './strings/categories';
import { compareStrings } from './strings/compare';
import { entryStrings } from './strings/glossary';

const firstYear = (entry: CompiledEntry) => termTimeline(entry, corpus)[0]?.year;

function RelatedTerms({ entry }: { entry: CompiledEntry }) {
  const t = useText(entryStrings);
  const related = entry.related
    .flatMap((id) => entryById.get(id) ?? [])
    .map((e) => ({ e, year: firstYear(e) }))
    // Oldest first; terms the corpus never uses go last.
    .sort((a, b) => (a.year ?? '9999').localeCompare(b.year ?? '9999'));
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-terms-heading">
      <h3 id="related-terms-heading">{t.related}</h3>
      <ul className="related-terms">
        {related.map(({ e, year }) => (
          <li key={e.id} data-entry={e.id}>
            <a href={entryHref(e.id)} lang="zh-CN">
              {e.term}
            </a>{' '}
            <span className="muted">
              {englishLabel(e)} · {year ? t.firstSeen(year) : t.notInCorpus}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function GlossaryEntry({ entryId }: { entryId: string }) {
  const t = useText(entryStrings);
  const categories = useText(categoryStrings);
  const compare = useText(compareStrings);
  const lang = useUiLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const entry = entryById.get(entryId);

  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [entryId]);

  if (!entry) return <p role="alert">{t.notFound(entryId)}</p>;
  return (
    <article className="entry" data-entry={entry.id}>
      <header>
        <h2 ref={heading} tabIndex={-1} lang="zh-CN">
          {entry.term}
        </h2>
        <dl className="meta">
          <dt>{t.pinyin}</dt>
          <dd className="entry-pinyin">{entry.pinyin}</dd>
          <dt>{t.english}</dt>
          <dd>
            <span lang="en">{englishLabel(entry)}</span>
            <span className="english-source muted">{entry.englishVerified && entry.englishSource ? t.source(entry.englishSource) : t.unverified}</span>
          </dd>
          {entry.ru && (
            <>
              <dt>{t.russian}</dt>
              <dd>
                <span lang="ru">{entry.ru}</span>
                <span className="ru-source muted">{entry.ruVerified && entry.ruSource ? t.source(entry.ruSource) : t.unverifiedIn(t.russian)}</span>
              </dd>
            </>
          )}
          {entry.kk && (
            <>
              <dt>{t.kazakh}</dt>
              <dd>
                <span lang="kk">{entry.kk}</span>
                <span className="kk-source muted">{entry.kkVerified && entry.kkSource ? t.source(entry.kkSource) : t.unverifiedIn(t.kazakh)}</span>
              </dd>
            </>
          )}
          <dt>{t.category}</dt>
          <dd>{categories[entry.category]}</dd>
          {entry.variants.length > 0 && (
            <>
              <dt>{t.variants}</dt>
              <dd lang="zh-CN">{entry.variants.join('、')}</dd>
            </>
          )}
        </dl>
      </header>
      <section aria-labelledby="definition-heading" className="definition">
        <h3 id="definition-heading">{t.definition}</h3>
        <p lang="zh-CN">{entry.definition.zh}</p>
        {/* The Russian definition is for readers of the Russian interface, before the English. */}
        {lang === 'ru' && entry.definition.ru && <p lang="ru">{entry.definition.ru}</p>}
        <p lang="en">{entry.definition.en}</p>
      </section>
      {entry.whyIncluded && (
        <section aria-labelledby="why-heading">
          <h3 id="why-heading">{t.whyIncluded}</h3>
          <p lang="en">{entry.whyIncluded}</p>
        </section>
      )}
      <RelatedTerms entry={entry} />
      {hasFormulaHistory(entry.id, glossary.entries) && (
        <p className="formula-link">
          <a href={formulaHref(entry.id)}>{compare.howChanged}</a>
        </p>
      )}
      {entry.occurrences.length === 0 ? (
        <p className="muted">{t.absent}</p>
      ) : (
        <>
          <EntryTimeline entry={entry} />
          <EntryConcordance entry={entry} />
        </>
      )}
    </article>
  );
}
