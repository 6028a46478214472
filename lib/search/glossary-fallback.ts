// Corpus search that also understands what the corpus text cannot match: English
// ("CICA", "Astana"), pinyin with or without tones and spaces ("sangu shili"), traditional
// characters (亞信), British and older spellings ("Shanghai Cooperation Organisation",
// "Kazakstan"). When the query's own text matches nothing, the glossary finds the term it
// names (lib/glossary/browse.ts: English, abbreviation, other renderings, pinyin, variant
// and traditional forms) and the corpus is searched for that term instead.
import type { SearchHit } from './search-index';

interface GlossaryTerm {
  id: string;
  term: string;
}

export interface CorpusResults {
  hits: SearchHit[];
  /** The glossary term searched instead of the query, which matched no text; absent otherwise. */
  viaTerm?: GlossaryTerm;
}

/** Shorter queries name too many terms to pick one ("a" starts half the English). */
const MIN_FALLBACK_CHARS = 2;

export function searchThroughGlossary(
  query: string,
  searchText: (query: string) => SearchHit[],
  /** The glossary's best entry for a query, if any. */
  bestTerm: (query: string) => GlossaryTerm | undefined,
): CorpusResults {
  const hits = searchText(query);
  if (hits.length > 0 || [...query.trim()].length < MIN_FALLBACK_CHARS) return { hits };
  const term = bestTerm(query);
  if (!term) return { hits };
  return { hits: searchText(term.term), viaTerm: term };
}
