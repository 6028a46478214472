// A term the reader added ("My terms"): matched on pages beside the bundled glossary, and
// winning over a bundled entry for the same form. Validated wherever it enters: the store,
// the panel's form, an imported file.
import * as z from 'zod/mini';
import { CATEGORIES } from '../glossary/categories';
import { hasHan } from '../text/han';

export const MAX_USER_TERMS = 5000;
const MAX_VARIANTS = 20;

/** A written form: Chinese, short enough to be a term, no line breaks. */
const form = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(50),
  z.refine((s) => hasHan(s), 'must contain Chinese characters'),
  z.refine((s) => !/[\r\n\t]/.test(s), 'must be one line'),
);

/** What the reader gives for a term (the form, and an imported file's rows). */
export const UserTermInputSchema = z.object({
  term: form,
  variants: z.array(form).check(z.maxLength(MAX_VARIANTS)),
  english: z.string().check(z.trim(), z.maxLength(500)),
  note: z.string().check(z.trim(), z.maxLength(2000)),
  category: z.enum(CATEGORIES),
});
export type UserTermInput = z.infer<typeof UserTermInputSchema>;

const UserTermSchema = z.extend(UserTermInputSchema, {
  /** Stable across edits: the matcher's entry id is `user:` + this. */
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
});
export type UserTerm = z.infer<typeof UserTermSchema>;

export const UserTermListSchema = z.array(UserTermSchema).check(z.maxLength(MAX_USER_TERMS));

/** The matcher's id of a reader's term; never one of the glossary's (they have no colon). */
export const userEntryId = (id: string): string => `user:${id}`;
