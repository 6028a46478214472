// My terms in the background's matcher and on the card: their forms go first, so that a
// reader's term wins over a bundled entry with the same form in both stages (the trie keeps
// a form's first owner; the jieba stage's stable longest-first sort keeps the first too).
import type { MatcherData } from '../glossary/matcher';
import type { TooltipEntry } from '../messaging/messages';
import { hasHan } from '../text/han';
import { normalizeForm } from '../text/normalize';
import { userEntryId, type UserTerm } from './schema';

export function withUserTerms(glossary: MatcherData, terms: readonly UserTerm[]): MatcherData {
  if (terms.length === 0) return glossary;
  const mine = terms.flatMap((t) => [t.term, ...t.variants].map((f) => [normalizeForm(f), userEntryId(t.id)] as const));
  return { forms: [...mine, ...glossary.forms], contexts: glossary.contexts };
}

/** The card of a reader's term: marked as theirs; the note as a definition in its language. */
export function userTooltipEntry(t: UserTerm): TooltipEntry {
  const chinese = hasHan(t.note);
  return {
    id: userEntryId(t.id),
    term: t.term,
    pinyin: '',
    english: t.english,
    // The reader's own rendering: the card marks the entry as theirs, not as unverified.
    englishVerified: true,
    category: t.category,
    definitionEn: chinese ? '' : t.note,
    definitionZh: chinese ? t.note : '',
    related: [],
    corpus: [],
    mine: true,
  };
}
