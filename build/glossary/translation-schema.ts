// The data contract of the Russian and Kazakh sidecars, assets/glossary/ru/<category>.yaml:
// one item per glossary entry, joined to it by id at build time (build/glossary/merge.ts).
// Kept apart from the entries so the languages can be filled in category by category.
import { z } from 'zod';
import { hasCyrillic } from '../../lib/text/cyrillic';
import { hasHan } from '../../lib/text/han';

/** A Latin word with its digits (G20 is one token, COVID-19 two). */
const LATIN_TOKEN = /[\p{Script=Latin}\d]+/gu;
const LATIN = /\p{Script=Latin}/u;
const MIXED_WORD = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/u;

/**
 * Why Cyrillic text breaks the rule, or undefined if it keeps it: it has Cyrillic letters and
 * no Han; Latin letters only as whole capital abbreviations (G20, COVID-19), never inside or
 * against a Cyrillic word, where they are nearly always look-alike typos (Latin "а" in "Астана").
 */
function cyrillicTextProblem(text: string): string | undefined {
  if (!hasCyrillic(text)) return 'must be written in Cyrillic';
  if (hasHan(text)) return 'must not contain Chinese characters';
  if (MIXED_WORD.test(text)) return 'mixes Latin and Cyrillic letters in one word';
  const word = (text.match(LATIN_TOKEN) ?? []).find((t) => LATIN.test(t) && (t.length < 2 || t !== t.toUpperCase()));
  if (word !== undefined) return `has Latin letters outside a capital abbreviation ("${word}")`;
  return undefined;
}

const cyrillic = (min: number) =>
  z
    .string()
    .min(min)
    .superRefine((text, ctx) => {
      const problem = cyrillicTextProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

export const TranslationSchema = z
  .strictObject({
    /** The id of the entry in assets/glossary/<category>.yaml this item belongs to. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The Russian rendering used in official Russian texts. */
    ru: cyrillic(2),
    /** Where the Russian comes from: publication, document, date (in English, like englishSource). */
    ruSource: z.string().min(3).optional(),
    /** false = our best rendering, not confirmed from an official text. */
    ruVerified: z.boolean(),
    /** The official Kazakh (Cyrillic) form, where one exists. */
    kk: cyrillic(2).optional(),
    kkSource: z.string().min(3).optional(),
    kkVerified: z.boolean().optional(),
    /** A short definition in Russian. */
    definitionRu: cyrillic(10),
  })
  .refine((t) => !t.ruVerified || t.ruSource !== undefined, {
    message: 'a verified Russian rendering needs ruSource',
    path: ['ruSource'],
  })
  .refine((t) => (t.kk === undefined) === (t.kkVerified === undefined), {
    message: 'kk and kkVerified go together',
    path: ['kkVerified'],
  })
  .refine((t) => t.kk !== undefined || t.kkSource === undefined, {
    message: 'kkSource without kk',
    path: ['kkSource'],
  })
  .refine((t) => !t.kkVerified || t.kkSource !== undefined, {
    message: 'a verified Kazakh rendering needs kkSource',
    path: ['kkSource'],
  });

export type Translation = z.infer<typeof TranslationSchema>;
export const TranslationFileSchema = z.array(TranslationSchema);
