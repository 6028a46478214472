// The glossary by category, narrowed as the reader types Chinese, pinyin or English
// (lib/glossary/browse.ts); each term opens its entry page.
import { useMemo } from 'react';
import { englishLabel } from '@/lib/glossary/compiled';
import type { CategoryFilter } from '@/lib/glossary/browse';
import { CATEGORIES } from '@/lib/glossary/categories';
import { useText } from './lang';
import { entryHref } from './links';
import { glossaryBrowser } from './panel-data';
import { categoryStrings } from './strings/categories';
import { glossaryStrings } from './strings/glossary';

export interface GlossaryQuery {
  text: string;
  category: CategoryFilter;
}

export function GlossaryBrowser({ query, onQuery }: { query: GlossaryQuery; onQuery: (q: GlossaryQuery) => void }) {
  const t = useText(glossaryStrings);
  const categories = useText(categoryStrings);
  const entries = useMemo(() => glossaryBrowser.find(query.text, query.category), [query]);
  return (
    <section aria-labelledby="glossary-heading" className="glossary">
      <h2 id="glossary-heading">{t.heading}</h2>
      {/* Named: the panel has several search landmarks. */}
      <form role="search" aria-label={t.searchRegion} className="search glossary-search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="glossary-input">{t.search}</label>
        <input
          id="glossary-input"
          type="search"
          value={query.text}
          placeholder={t.placeholder}
          autoComplete="off"
          aria-describedby="glossary-hint"
          onChange={(e) => onQuery({ ...query, text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onQuery({ ...query, text: '' });
          }}
        />
        <small id="glossary-hint" className="muted">
          {t.hint}
        </small>
        <label htmlFor="glossary-category">{t.category}</label>
        <select
          id="glossary-category"
          value={query.category}
          onChange={(e) => onQuery({ ...query, category: e.target.value as CategoryFilter })}
        >
          <option value="all">{t.all}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categories[c]}
            </option>
          ))}
        </select>
      </form>
      <p role="status">{t.count(entries.length)}</p>
      <ul className="entry-list">
        {entries.map((e) => (
          <li key={e.id} data-entry={e.id} data-category={e.category}>
            <a href={entryHref(e.id)}>
              <span className="entry-term" lang="zh-CN">
                {e.term}
              </span>{' '}
              <span className="entry-pinyin">{e.pinyin}</span>
              <span className="entry-english" lang="en">
                {englishLabel(e)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
