// What a tooltip shows of an entry: built once per entry from the compiled glossary and
// the corpus (titles and years of the first documents the term appears in).
import { hasFormulaHistory } from '../compare/formula-history';
import type { Corpus } from '../corpus/schema';
import type { CorpusRef, Rendering, TooltipEntry } from '../messaging/messages';
import { titleKind, type CorpusTitleDoc } from './agreement-titles';
import { englishLabel, type CompiledEntry, type CompiledGlossary } from './compiled';
import { TITLE_CATEGORY } from './title-kinds';

function rendering(text: string | undefined, verified: boolean | undefined, source: string | undefined): Rendering | undefined {
  if (!text) return undefined;
  return verified && source ? { text, verified: true, source } : { text, verified: false };
}

/** The Russian and Kazakh renderings and the Russian definition, where the glossary has them. */
function otherLanguages(e: CompiledEntry): Pick<TooltipEntry, 'ru' | 'kk' | 'definitionRu'> {
  const ru = rendering(e.ru, e.ruVerified, e.ruSource);
  const kk = rendering(e.kk, e.kkVerified, e.kkSource);
  return { ...(ru ? { ru } : {}), ...(kk ? { kk } : {}), ...(e.definition.ru ? { definitionRu: e.definition.ru } : {}) };
}

const MAX_REFS = 3;

export function buildTooltipEntries(glossary: CompiledGlossary, corpus: Corpus): Map<string, TooltipEntry> {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const termOf = new Map(glossary.entries.map((e) => [e.id, e.term]));
  const result = new Map<string, TooltipEntry>();
  for (const e of glossary.entries) {
    // First occurrence per document, oldest document first, so the card shows history.
    const firstPerDoc = new Map<string, CorpusRef>();
    for (const o of e.occurrences) {
      const doc = docs.get(o.docId);
      if (!doc || firstPerDoc.has(o.docId)) continue;
      firstPerDoc.set(o.docId, { docId: o.docId, paraId: o.paraId, year: doc.date.slice(0, 4), title: doc.title });
    }
    const corpusRefs = [...firstPerDoc.values()]
      .sort((a, b) => a.year.localeCompare(b.year))
      .slice(0, MAX_REFS);
    result.set(e.id, {
      id: e.id,
      term: e.term,
      pinyin: e.pinyin,
      english: englishLabel(e),
      englishVerified: e.englishVerified,
      ...(e.englishSource ? { englishSource: e.englishSource } : {}),
      category: e.category,
      definitionEn: e.definition.en,
      definitionZh: e.definition.zh,
      ...otherLanguages(e),
      related: e.related.flatMap((id) => {
        const term = termOf.get(id);
        return term === undefined ? [] : [{ id, term }];
      }),
      corpus: corpusRefs,
      ...(hasFormulaHistory(e.id, glossary.entries) ? { formula: true as const } : {}),
    });
  }
  return result;
}

/**
 * The card of a title in 《…》 the glossary does not have: what kind of document it names and,
 * when the corpus holds it, where. Undefined for a title that names no document.
 */
export function titleTooltipEntry(id: string, title: string, lookUp: (title: string) => CorpusTitleDoc | undefined): TooltipEntry | undefined {
  const kind = titleKind(title);
  if (kind === undefined) return undefined;
  const doc = lookUp(title);
  return {
    id,
    term: title,
    pinyin: '',
    english: '',
    // No rendering is shown for a title, so there is none to flag.
    englishVerified: true,
    category: TITLE_CATEGORY,
    definitionEn: '',
    definitionZh: '',
    related: [],
    corpus: doc ? [{ docId: doc.docId, paraId: doc.paraId, year: doc.year, title: doc.title }] : [],
    titleKind: kind,
  };
}
