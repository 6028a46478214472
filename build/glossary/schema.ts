// The glossary's data contract: what a file in assets/glossary/*.yaml may hold.
// Validated at build time (build/build-glossary.ts) and in tests; the runtime only
// ever sees the compiled, already-validated JSON.
import { z } from 'zod';
import { CATEGORIES } from '../../lib/glossary/categories';
import { hasHan } from '../../lib/text/han';

const CategorySchema = z.enum(CATEGORIES);


const FalseFriendSchema = z.strictObject({
  /** A string that contains (or overlaps) the term but means something else, e.g. 亚信科技. */
  text: z.string().min(2),
  /** Why it is not the term, in English. */
  note: z.string().min(3),
});

const AlternativeSchema = z.strictObject({
  /** Another English rendering met in official or widely read texts ("three evils"). */
  text: z.string().min(2),
  /** Where it is used: a named text or site, as for englishSource. */
  source: z.string().min(3),
});

const ContextRuleSchema = z.strictObject({
  /** The term counts only if one of these occurs within `window` characters (or the page is related). */
  anyOf: z.array(z.string().min(1)).min(1),
  window: z.number().int().min(10).max(500).default(80),
});

export const EntrySchema = z
  .strictObject({
    /** Stable, readable, ascii kebab-case: links and tests refer to it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Canonical simplified-Chinese form. */
    term: z.string().refine(hasHan, 'term must contain Chinese characters'),
    /** Other forms that mean the same: full names, abbreviations, traditional forms, dash variants. */
    variants: z.array(z.string().min(1)).default([]),
    /** Hanyu pinyin with tone marks, words separated as in official usage (e.g. "Yàxìn"). */
    pinyin: z.string().min(1),
    /** The rendering used in official English texts. */
    english: z.string().min(2),
    /** Official abbreviation, if any (CICA, SCO). */
    abbr: z.string().optional(),
    /** Where the English comes from (a named official text or site); absent only when unverified. */
    englishSource: z.string().min(3).optional(),
    /** false = the English is our best rendering and not confirmed from an official text. */
    englishVerified: z.boolean(),
    /** Other English renderings a reader will meet, each with where it is used. */
    alternatives: z.array(AlternativeSchema).default([]),
    category: CategorySchema,
    definition: z.strictObject({
      zh: z.string().min(4),
      en: z.string().min(10),
    }),
    /** Ids of related entries. */
    related: z.array(z.string()).default([]),
    falseFriends: z.array(FalseFriendSchema).default([]),
    /** For ambiguous terms: the context that confirms the diplomatic sense. */
    context: ContextRuleSchema.optional(),
    /** Why the entry is here if it does not occur in the bundled corpus. */
    whyIncluded: z.string().min(5).optional(),
  })
  .refine((e) => !e.englishVerified || e.englishSource !== undefined, {
    message: 'a verified English rendering needs englishSource',
    path: ['englishSource'],
  });

export type GlossaryEntry = z.infer<typeof EntrySchema>;
export type Alternative = z.infer<typeof AlternativeSchema>;
export const GlossaryFileSchema = z.array(EntrySchema);
