// The Compare view: documents chosen (or arrived at from "compare with its predecessor"),
// compared oldest first, each with the next; the relationship formulas whose wording changes
// across them; or, from a glossary entry, one formula's history across every document.
import { useMemo } from 'react';
import { byDate, type CompareDocument } from '@/lib/compare/document';
import { formulaFamily, formulaHistory, isUpgrade } from '@/lib/compare/formula-history';
import { glossary } from '@/lib/glossary/data';
import { allCompareDocuments, compareDocumentOf } from './compare-documents';
import { ComparisonSection } from './ComparisonSection';
import { DocumentPicker } from './DocumentPicker';
import { FormulaHistory } from './FormulaHistory';
import { useText } from './lang';
import { compareHref, type CompareRoute } from './links';
import { entryById, termOf } from './panel-data';
import { compareStrings } from './strings/compare';
import { useComparisons } from './use-comparisons';
import { THIS_PAGE, useThisPageDocument } from './use-this-page-document';
import type { UserCorpus } from './use-user-corpus';

/**
 * The families of the relationship formulas the documents use, in order of first use. A
 * formula already shown in an earlier family is not the start of another: 永久全面战略伙伴关系
 * is told within 战略伙伴关系's history, not again with its own related terms.
 */
function formulaFamilies(docs: readonly CompareDocument[]): string[][] {
  const shown = new Set<string>();
  const families: string[][] = [];
  for (const id of new Set([...docs].sort(byDate).flatMap((d) => d.paragraphs.flatMap((p) => p.entries)))) {
    if (shown.has(id) || entryById.get(id)?.category !== 'relationship') continue;
    const family = formulaFamily(id, glossary.entries);
    if (family.length < 2) continue;
    for (const member of family) shown.add(member);
    families.push(family);
  }
  return families;
}

function Comparisons({ docs }: { docs: readonly CompareDocument[] }) {
  const t = useText(compareStrings);
  const state = useComparisons(docs);
  const histories = useMemo(
    () =>
      formulaFamilies(docs)
        .map((family) => ({ family, history: formulaHistory(family, docs) }))
        .filter((h) => h.history.changes.length > 0)
        // Upgrades of the relationship first; a stable sort keeps the rest in order of first use.
        .sort((x, y) => Number(y.history.changes.some((c) => isUpgrade(c, termOf))) - Number(x.history.changes.some((c) => isUpgrade(c, termOf)))),
    [docs],
  );
  if (state.phase === 'loading') return <p aria-busy="true">{t.preparing}</p>;
  if (state.phase === 'error') return <p role="alert" className="error">{t.failed(state.message)}</p>;
  return (
    <>
      {histories.length > 0 && (
        <section className="formula-histories" aria-labelledby="formula-heading">
          <h3 id="formula-heading">{t.formulaHeading}</h3>
          {histories.map(({ family, history }, i) => (
            <FormulaHistory key={family.join()} history={history} family={family} headingId={`formula-${i}`} heading={t.formulaOf(entryById.get(family[0]!)?.term ?? family[0]!)} />
          ))}
        </section>
      )}
      {state.comparisons.map((c, i) => (
        <ComparisonSection key={`${c.a.id}-${c.b.id}`} comparison={c} index={i} />
      ))}
    </>
  );
}

function FormulaView({ entryId, user }: { entryId: string; user: UserCorpus }) {
  const t = useText(compareStrings);
  const entry = entryById.get(entryId);
  const family = useMemo(() => formulaFamily(entryId, glossary.entries), [entryId]);
  const history = useMemo(() => formulaHistory(family, allCompareDocuments(user.records)), [family, user.records]);
  if (!entry) return <p role="alert">{t.missing(entryId)}</p>;
  return <FormulaHistory history={history} family={family} headingId="formula-view-heading" heading={t.formulaOf(entry.term)} />;
}

export function Compare({
  route,
  user,
  tabId,
  tabHref,
}: {
  route: CompareRoute;
  user: UserCorpus;
  /** The tab whose page can be compared; absent in the full-tab page. */
  tabId?: number | undefined;
  /** Where the same view opens in a full tab; absent in that tab. */
  tabHref?: string;
}) {
  const t = useText(compareStrings);
  const docIds = route.kind === 'compare' ? route.docIds : [];
  const key = docIds.join();
  const page = useThisPageDocument(tabId, tabId !== undefined && docIds.includes(THIS_PAGE));
  const pageDoc = page.phase === 'ready' ? page.doc : undefined;
  // Keyed on the ids, not the array: a new array with the same ids must not recompute the comparisons.
  const { found, missing } = useMemo(() => {
    const docs = key
      .split(',')
      .filter(Boolean)
      .map((id) => ({ id, doc: id === THIS_PAGE ? pageDoc : compareDocumentOf(id, user.records) }));
    return { found: docs.flatMap((d) => d.doc ?? []), missing: docs.filter((d) => !d.doc && d.id !== THIS_PAGE).map((d) => d.id) };
  }, [key, user.records, pageDoc]);

  return (
    <article className="compare" aria-labelledby="compare-heading">
      <header className="compare-head">
        <h2 id="compare-heading">{t.heading}</h2>
        {tabHref && (
          <a href={tabHref} target="_blank" rel="noreferrer">
            {t.openInTab}
          </a>
        )}
      </header>
      {route.kind === 'formula' ? (
        <FormulaView entryId={route.entryId} user={user} />
      ) : (
        <>
          <DocumentPicker docIds={docIds} records={user.records} thisPage={tabId === undefined ? undefined : THIS_PAGE} onChange={(ids) => (location.hash = compareHref(ids))} />
          {page.phase === 'reading' && <p aria-busy="true">{t.readingPage}</p>}
          {page.phase === 'error' && (
            <p role="alert" className="error">
              {page.message}
            </p>
          )}
          {user.records === undefined ? (
            <p aria-busy="true">{t.loading}</p>
          ) : (
            <>
              {missing.map((id) => (
                <p key={id} role="alert">
                  {t.missing(id)}
                </p>
              ))}
              {found.length < 2 ? <p className="muted">{t.needTwo}</p> : <Comparisons docs={found} />}
            </>
          )}
        </>
      )}
    </article>
  );
}
