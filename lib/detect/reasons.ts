// Why the detector decided as it did: codes with values, so that each interface language
// (and the command-line annotator, in English) writes them in its own words.
import * as z from 'zod/mini';
import { SIGNAL_LABELS, type SignalLabel } from './signals';

/** Checked against ReasonSchema below: the type and the schema must agree. */
export type Reason =
  /** The title names a signal (its strongest of one family). */
  | { code: 'title-names'; label: SignalLabel; form: string }
  /** The body names the region this many times under one label. */
  | { code: 'mentions'; label: SignalLabel; count: number }
  | { code: 'region-incidental' }
  | { code: 'no-region' }
  /** Diplomatic vocabulary found, strongest first, as written on the page. */
  | { code: 'vocabulary'; terms: { form: string; count: number }[] }
  | { code: 'vocabulary-incidental' }
  | { code: 'no-vocabulary' }
  /** A look-alike that was not counted, with what it means instead (English gloss). */
  | { code: 'not-counted'; form: string; meaning: string; count: number }
  /** The two strengths behind the score. */
  | { code: 'signals'; region: number; genre: number; chars: number }
  | { code: 'no-text' }
  | { code: 'no-chinese' };


const label = z.enum(Object.keys(SIGNAL_LABELS) as [SignalLabel, ...SignalLabel[]]);
const count = z.number().check(z.int(), z.nonnegative());
const text = z.string().check(z.maxLength(200));

/** A reason as it crosses between the extension's contexts. */
export const ReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('title-names'), label, form: text }),
  z.object({ code: z.literal('mentions'), label, count }),
  z.object({ code: z.literal('region-incidental') }),
  z.object({ code: z.literal('no-region') }),
  z.object({ code: z.literal('vocabulary'), terms: z.array(z.object({ form: text, count })).check(z.maxLength(20)) }),
  z.object({ code: z.literal('vocabulary-incidental') }),
  z.object({ code: z.literal('no-vocabulary') }),
  z.object({ code: z.literal('not-counted'), form: text, meaning: text, count }),
  z.object({ code: z.literal('signals'), region: z.number(), genre: z.number(), chars: count }),
  z.object({ code: z.literal('no-text') }),
  z.object({ code: z.literal('no-chinese') }),
]);

// The schema and the type describe the same values.
const agree: z.infer<typeof ReasonSchema> extends Reason ? (Reason extends z.infer<typeof ReasonSchema> ? true : false) : false = true;
void agree;
