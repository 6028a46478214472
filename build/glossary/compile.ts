// Build-time compilation: entries (already schema-validated) + corpus → CompiledGlossary.
import { annotateText } from '../../lib/annotate/annotate';
import type { Corpus } from '../../lib/corpus/schema';
import type { Segmenter } from '../../lib/segment/segmenter';
import { normalizeForm } from '../../lib/text/normalize';
import type { CompiledGlossary, Occurrence } from '../../lib/glossary/compiled';
import { createMatcher, type ContextRule, type MatcherData } from '../../lib/glossary/matcher';
import type { TranslatedEntry } from './merge';

/** Other written forms of a form (traditional characters); supplied by the build script. */
export type FormExpander = (form: string) => string[];

/** The dots that join the parts of a transcribed name (萨德尔·扎帕罗夫), as pages write them. */
const NAME_DOT = /[·・‧•･]/;

/** 萨·扎帕罗夫 from 萨德尔·扎帕罗夫 (the dot kept as written); none for a form that is not a full name. */
export function initialForm(form: string): string | undefined {
  const dot = NAME_DOT.exec(form)?.[0];
  if (!dot) return undefined;
  const parts = form.split(dot);
  const given = parts[0]!;
  const surname = parts.at(-1)!;
  if (parts.length < 2 || given.length < 2 || surname.length < 2 || !/^\p{Script=Han}+$/u.test(given + surname)) return undefined;
  return `${given[0]}${dot}${surname}`;
}

/**
 * Forms for the matcher: every term and variant, people's initial-and-surname forms, and
 * every false friend (null), each with its expansions. Written forms win over derived ones,
 * and entries over false friends.
 */
function matcherData(entries: readonly TranslatedEntry[], expand: FormExpander = () => []): MatcherData {
  const forms = new Map<string, string | null>();
  const add = (form: string, id: string | null) => {
    const key = normalizeForm(form);
    if (!forms.has(key)) forms.set(key, id);
  };
  for (const e of entries) for (const form of [e.term, ...e.variants]) add(form, e.id);
  for (const e of entries) for (const ff of e.falseFriends) add(ff.text, null);
  // A person's initial and surname, as reports write a name after its first mention; a
  // form two people would share is left out.
  const initials = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.category !== 'person') continue;
    for (const form of [e.term, ...e.variants]) {
      const initial = initialForm(form);
      if (initial) initials.set(initial, (initials.get(initial) ?? new Set()).add(e.id));
    }
  }
  const derived = [...initials].filter(([, ids]) => ids.size === 1).map(([form, ids]): [string, string] => [form, [...ids][0]!]);
  for (const [form, id] of derived) add(form, id);
  for (const e of entries) for (const form of [e.term, ...e.variants]) for (const x of expand(form)) add(x, e.id);
  for (const [form, id] of derived) for (const x of expand(form)) add(x, id);
  for (const e of entries) for (const ff of e.falseFriends) for (const x of expand(ff.text)) add(x, null);
  const contexts: Record<string, ContextRule> = {};
  for (const e of entries) {
    if (!e.context) continue;
    const cues = new Set(e.context.anyOf.flatMap((cue) => [cue, ...expand(cue)]).map(normalizeForm));
    contexts[e.id] = { anyOf: [...cues], window: e.context.window };
  }
  return { forms: [...forms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), contexts };
}

/**
 * Compiles the glossary. `makeSegmenter` receives the user words so the concordance is
 * computed with exactly the segmentation the extension uses.
 */
export function compileGlossary(
  entries: readonly TranslatedEntry[],
  corpus: Corpus,
  makeSegmenter: (userWords: string[]) => Segmenter,
  expand?: FormExpander,
): CompiledGlossary {
  const data = matcherData(entries, expand);
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
      ...(e.alternatives.length > 0 ? { alternatives: e.alternatives } : {}),
      ...(e.ru !== undefined ? { ru: e.ru, ...(e.ruSource ? { ruSource: e.ruSource } : {}), ruVerified: e.ruVerified } : {}),
      ...(e.kk !== undefined ? { kk: e.kk, ...(e.kkSource ? { kkSource: e.kkSource } : {}), kkVerified: e.kkVerified } : {}),
      category: e.category,
      definition: e.definition,
      related: e.related,
      ...(e.whyIncluded ? { whyIncluded: e.whyIncluded } : {}),
      occurrences: occurrences.get(e.id) ?? [],
    })),
    matcher: data,
  };
}
