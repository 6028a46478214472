// The runtime form of the glossary: validated entries plus what build time derives from
// them (normalised forms for the matcher, the concordance into the corpus).
import type { Category } from './categories';
import type { Alternative, GlossaryEntry } from '../../build/glossary/schema';
import type { TranslatedEntry } from '../../build/glossary/merge';
import type { MatcherData } from './matcher';

export interface Occurrence {
  docId: string;
  paraId: string;
}

/**
 * The Russian and Kazakh fields (ru, ruSource, ruVerified, kk, kkSource, kkVerified,
 * definition.ru) are optional: they come from sidecars filled category by category, and
 * entries added later may lack them. ruVerified/kkVerified are present whenever ru/kk are.
 */
export type CompiledEntry = Pick<
  TranslatedEntry,
  | 'id' | 'term' | 'variants' | 'pinyin' | 'english' | 'abbr' | 'englishSource' | 'englishVerified' | 'definition' | 'related' | 'whyIncluded'
  | 'ru' | 'ruSource' | 'ruVerified' | 'kk' | 'kkSource' | 'kkVerified'
> & {
  category: Category;
  /** Other English renderings with their sources; absent when there are none. */
  alternatives?: Alternative[];
  /** Every corpus paragraph where the entry is matched, in corpus order. */
  occurrences: Occurrence[];
};

export interface CompiledGlossary {
  entries: CompiledEntry[];
  matcher: MatcherData;
}

/** English as shown to readers: "Conference on … in Asia (CICA)". */
export function englishLabel(entry: Pick<GlossaryEntry, 'english' | 'abbr'>): string {
  return entry.abbr ? `${entry.english} (${entry.abbr})` : entry.english;
}

/**
 * Whether a match's id names a glossary entry (one with a page in the panel): the glossary's ids
 * are kebab-case; a reader's term (`user:…`) and a cited title (`title:…`) carry a prefix.
 */
export function isGlossaryEntryId(id: string): boolean {
  return !id.includes(':');
}
