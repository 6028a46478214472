// The glossary terms highlighted on the page, by category with their counts. A term's
// button asks the page to scroll to its next occurrence and flash it; a glossary term's entry
// link opens it in the glossary.
import { useState } from 'react';
import { sendToTab } from '@/lib/messaging/protocol';
import { CATEGORIES } from '@/lib/glossary/categories';
import { isGlossaryEntryId } from '@/lib/glossary/compiled';
import type { FoundTerm } from '@/lib/messaging/messages';
import { useText } from './lang';
import { entryHref } from './links';
import { categoryStrings } from './strings/categories';
import { pageStrings } from './strings/page';

/** Categories in the glossary's order; one the panel does not know (a newer content script) goes last. */
function byCategory(found: readonly FoundTerm[]): [string, FoundTerm[]][] {
  const groups = new Map<string, FoundTerm[]>(CATEGORIES.map((c) => [c, []]));
  for (const term of found) groups.set(term.category, [...(groups.get(term.category) ?? []), term]);
  return [...groups].filter(([, terms]) => terms.length > 0);
}

const total = (terms: readonly FoundTerm[]) => terms.reduce((n, t) => n + t.count, 0);

export function PageTerms({ tabId, found }: { tabId: number; found: readonly FoundTerm[] }) {
  const t = useText(pageStrings);
  const categories: Record<string, string> = useText(categoryStrings);
  const [status, setStatus] = useState('');

  const reveal = async (term: FoundTerm) => {
    try {
      const shown = await sendToTab(tabId, { type: 'reveal-term', entryId: term.id });
      setStatus(shown === true ? t.revealed(term.term) : t.gone(term.term));
    } catch {
      setStatus(t.revealFailed);
    }
  };

  return (
    <section aria-labelledby="terms-heading" className="page-terms">
      <h3 id="terms-heading">{t.terms(found.length, total(found))}</h3>
      {found.length === 0 && <p className="muted">{t.noTerms}</p>}
      {byCategory(found).map(([category, terms]) => (
        <section key={category} aria-labelledby={`found-${category}`} data-category={category}>
          <h4 id={`found-${category}`}>
            {categories[category] ?? category} <span className="muted">({terms.length})</span>
          </h4>
          <ul className="found-list">
            {terms.map((term) => (
              <li key={term.id} data-entry={term.id}>
                {/* Named by what it shows (the term, its count read out in words); what it does is its description. */}
                <button type="button" className="found-term" aria-describedby="reveal-hint" onClick={() => void reveal(term)}>
                  <span lang="zh-CN">{term.term}</span> <span className="found-count" aria-hidden="true">×{term.count}</span>
                  <span className="sr-only">{t.times(term.count)}</span>
                </button>
                <span className="found-english" lang="en">
                  {term.english}
                </span>
                {/* A reader's own term and a cited title have no glossary page to open. */}
                {isGlossaryEntryId(term.id) && (
                  <a className="found-entry" href={entryHref(term.id)} aria-label={t.entryLabel(term.term)}>
                    {t.entry}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p id="reveal-hint" hidden>
        {t.revealHint}
      </p>
      <p role="status" className="reveal-status">
        {status}
      </p>
    </section>
  );
}
