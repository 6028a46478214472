// Build-time compilation: entries (already schema-validated) + corpus → CompiledGlossary.
import { annotateText } from '../annotate/annotate';
import type { Corpus } from '../corpus/schema';
import type { Segmenter } from '../segment/segmenter';
import { normalizeForm } from '../text/normalize';
import type { CompiledGlossary, Occurrence } from './compiled';
import { createMatcher, type ContextRule, type MatcherData } from './matcher';
import type { GlossaryEntry } from './schema';

/** Forms for the matcher: every term and variant, and every false friend (null). */
export function matcherData(entries: readonly GlossaryEntry[]): MatcherData {
  const forms = new Map<string, string | null>();
  for (const e of entries) {
    for (const form of [e.term, ...e.variants]) forms.set(normalizeForm(form), e.id);
  }
  for (const e of entries) {
    for (const ff of e.falseFriends) {
      const form = normalizeForm(ff.text);
      if (!forms.has(form)) forms.set(form, null);
    }
  }
  const contexts: Record<string, ContextRule> = {};
  for (const e of entries) {
    if (e.context) contexts[e.id] = { anyOf: e.context.anyOf.map(normalizeForm), window: e.context.window };
  }
  return { forms: [...forms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), contexts };
}

/**
 * Compiles the glossary. `makeSegmenter` receives the user words so the concordance is
 * computed with exactly the segmentation the extension uses.
 */
export function compileGlossary(
  entries: readonly GlossaryEntry[],
  corpus: Corpus,
  makeSegmenter: (userWords: string[]) => Segmenter,
): CompiledGlossary {
  const data = matcherData(entries);
  const matcher = createMatcher(data);
  const segmenter = makeSegmenter(matcher.userWords);
  const occurrences = new Map<string, Occurrence[]>();
  for (const doc of corpus.documents) {
    for (const para of doc.paragraphs) {
      // The corpus is a related text by definition: ambiguous terms count there.
      const seen = new Set<string>();
      for (const m of annotateText(para.text, segmenter, matcher, { pageRelated: true })) {
        if (seen.has(m.entryId)) continue;
        seen.add(m.entryId);
        const list = occurrences.get(m.entryId) ?? [];
        list.push({ docId: doc.id, paraId: para.id });
        occurrences.set(m.entryId, list);
      }
    }
  }
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    entries: sorted.map((e) => ({
      id: e.id,
      term: e.term,
      variants: e.variants,
      pinyin: e.pinyin,
      english: e.english,
      ...(e.abbr ? { abbr: e.abbr } : {}),
      ...(e.englishSource ? { englishSource: e.englishSource } : {}),
      englishVerified: e.englishVerified,
      category: e.category,
      definition: e.definition,
      related: e.related,
      ...(e.whyIncluded ? { whyIncluded: e.whyIncluded } : {}),
      occurrences: occurrences.get(e.id) ?? [],
    })),
    matcher: data,
  };
}
