// Every message between the extension's contexts, as schemas. Receivers validate with
// parseMessage; anything that does not parse is rejected (and logged) without effect.
import * as z from 'zod/mini';
import { WordToSaveSchema } from '../word-list/schema';

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** Content script → background: segment and match this text. */
export const AnnotateRequestSchema = z.object({
  type: z.literal('annotate'),
  text: z.string().check(z.maxLength(4_000_000)),
  pageRelated: z.boolean(),
});

/** Content script → background: open the side panel at a corpus paragraph. */
export const OpenPanelSchema = z.object({
  type: z.literal('open-panel'),
  docId: id,
  paraId: z.optional(id),
});

/** Popup or side panel → content script: what is on this page? Answered with a PageState. */
export const GetPageStateSchema = z.object({ type: z.literal('get-page-state') });

/** Side panel → content script: scroll to the next occurrence of a term and flash it. */
export const RevealTermSchema = z.object({ type: z.literal('reveal-term'), entryId: id });

const FoundTermSchema = z.object({ id, term: z.string(), english: z.string(), category: z.string(), count: z.number() });

export const PageStateSchema = z.object({
  host: z.string(),
  /** pending: the content script has not finished its first reading of the page. */
  verdict: z.enum(['pending', 'related', 'unrelated', 'off']),
  score: z.number(),
  reasons: z.array(z.string()),
  terms: z.number(),
  /** The terms highlighted on the page, most frequent first. */
  found: z.array(FoundTermSchema),
});

/** Content script → background and side panel, whenever the page's state changes. */
export const PageStateReportSchema = z.object({ type: z.literal('page-state'), state: PageStateSchema });

/** Side panel → content script: the page's main article, to save it to the user's corpus. */
export const GetMainTextSchema = z.object({ type: z.literal('get-main-text') });

/** Content script → side panel: the reply to get-main-text. */
export const MainTextReplySchema = z.object({
  url: z.string().check(z.maxLength(8192)),
  title: z.string().check(z.maxLength(10_000)),
  text: z.string().check(z.maxLength(4_000_000)),
});
export type MainTextReply = z.infer<typeof MainTextReplySchema>;

/** Longest text a lookup takes: a selection or a query, not a page. */
export const LOOK_UP_MAX_CHARS = 1000;

/**
 * Any context → background: explain this text. 'text' (a selection, the word under the
 * pointer): the glossary entries it contains and its dictionary words, segmented like a
 * page. 'search' (the side panel's field): the same for Chinese, else a pinyin or
 * English search. Answered with a LookUpResponse.
 */
export const LookUpSchema = z.object({
  type: z.literal('look-up'),
  text: z.string().check(z.maxLength(LOOK_UP_MAX_CHARS)),
  mode: z.enum(['text', 'search']),
});

/**
 * Content script (the card's Save) → background: keep this word in the word list, which
 * lives in the extension's IndexedDB (a content script sees only the page's). Answered
 * with a SaveWordResponse.
 */
export const SaveWordSchema = z.object({ type: z.literal('save-word'), word: WordToSaveSchema });

export const SaveWordResponseSchema = z.union([z.object({ ok: z.literal(true), id: z.string() }), z.object({ ok: z.literal(false), error: z.string() })]);
export type SaveWord = z.infer<typeof SaveWordSchema>;
export type SaveWordResponse = z.infer<typeof SaveWordResponseSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  AnnotateRequestSchema,
  OpenPanelSchema,
  GetPageStateSchema,
  RevealTermSchema,
  PageStateReportSchema,
  GetMainTextSchema,
  LookUpSchema,
  SaveWordSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type AnnotateRequest = z.infer<typeof AnnotateRequestSchema>;
export type OpenPanel = z.infer<typeof OpenPanelSchema>;
export type LookUp = z.infer<typeof LookUpSchema>;

const RefSchema = z.object({ traditional: z.string(), simplified: z.string(), pinyin: z.string() });

/** One reading of one word, as the dictionary has it (references keep numbered pinyin). */
export const DictionaryEntrySchema = z.object({
  simplified: z.string(),
  traditional: z.string(),
  pinyin: z.string(),
  pinyinNumbered: z.string(),
  senses: z.array(z.string()),
  classifiers: z.array(RefSchema),
  variants: z.array(RefSchema),
});

/** A word of the looked-up text: its readings and, for a longer word, each character's. */
export const LookedUpWordSchema = z.object({
  text: z.string(),
  entries: z.array(DictionaryEntrySchema),
  characters: z.array(z.object({ character: z.string(), entries: z.array(DictionaryEntrySchema) })),
});

export const GlossaryHitSchema = z.object({ id, term: z.string(), pinyin: z.string(), english: z.string() });

export const LookUpResultSchema = z.object({
  query: z.string(),
  glossary: z.array(GlossaryHitSchema),
  words: z.array(LookedUpWordSchema),
});

export const LookUpResponseSchema = z.union([
  z.object({ ok: z.literal(true), result: LookUpResultSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LookUpResult = z.infer<typeof LookUpResultSchema>;
export type LookUpResponse = z.infer<typeof LookUpResponseSchema>;
export type LookedUpWord = z.infer<typeof LookedUpWordSchema>;
export type GlossaryHit = z.infer<typeof GlossaryHitSchema>;

export function parseMessage(raw: unknown): Message | undefined {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** A corpus reference as the tooltip shows it. */
export interface CorpusRef {
  docId: string;
  paraId: string;
  year: string;
  title: string;
}

/** What a tooltip needs about one entry; sent with the matches. */
export interface TooltipEntry {
  id: string;
  term: string;
  pinyin: string;
  english: string;
  category: string;
  definitionEn: string;
  definitionZh: string;
  related: string[];
  corpus: CorpusRef[];
}

export type AnnotateResponse =
  | { ok: true; matches: [entryId: string, start: number, end: number][]; entries: Record<string, TooltipEntry> }
  | { ok: false; error: string };

export type PageState = z.infer<typeof PageStateSchema>;
export type FoundTerm = z.infer<typeof FoundTermSchema>;
