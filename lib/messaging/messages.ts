// Every message between the extension's contexts, as schemas. Receivers validate with
// parseMessage; anything that does not parse is rejected (and logged) without effect.
import * as z from 'zod/mini';
import { READ_MAX_CHARS } from '../detect/page-verdict';
import { ReasonSchema } from '../detect/reasons';
import { WordToSaveSchema } from '../word-list/schema';
import { TITLE_KINDS } from '../glossary/title-kinds';
import { MAX_SPANS, spansFit } from './match-spans';

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** Content script → background: match this text. 'fast': the trie stage, at once, no
 * WebAssembly; 'settled': segmented by jieba, the final word (lib/glossary/fast-matcher.ts). */
export const AnnotateRequestSchema = z.object({
  type: z.literal('annotate'),
  text: z.string().check(z.maxLength(4_000_000)),
  pageRelated: z.boolean(),
  stage: z.enum(['fast', 'settled']),
});

/** The most entries one tooltip-entries request may name (the glossary, the reader's terms and a page's titles fit well within). */
export const MAX_ENTRIES_ASKED = 5_000;

/** Content script → background: the tooltip entries of these ids (an annotate reply names
 * them). Asked once per entry a page holds, after its first highlights are up: the entries
 * are most of a reply's weight, and the highlights need only each entry's category. */
export const TooltipEntriesRequestSchema = z.object({
  type: z.literal('tooltip-entries'),
  ids: z.array(id).check(z.maxLength(MAX_ENTRIES_ASKED)),
});
export type TooltipEntriesRequest = z.infer<typeof TooltipEntriesRequestSchema>;

/** Content script → background: open the side panel at a corpus paragraph, or at a glossary entry. */
export const OpenPanelSchema = z
  .object({
    type: z.literal('open-panel'),
    docId: z.optional(id),
    paraId: z.optional(id),
    entryId: z.optional(id),
    /** With an entry: its formula's history in the Compare view rather than its glossary page. */
    view: z.optional(z.literal('formula')),
  })
  .check(z.refine((m) => (m.docId === undefined) !== (m.entryId === undefined), 'a document or an entry, one of the two'))
  .check(z.refine((m) => m.view === undefined || m.entryId !== undefined, 'a view of an entry only'));

/** Popup or side panel → content script: what is on this page? Answered with a PageState. */
export const GetPageStateSchema = z.object({ type: z.literal('get-page-state') });

/** Popup → content script, on the reader's click: annotate this page now, whatever the
 * verdict, until it is reloaded or left (no site setting is stored). Answered with the
 * PageState after the pass. */
export const AnnotatePageSchema = z.object({ type: z.literal('annotate-page') });

/** Background → content script, on the reader's command or context-menu click: explain the
 * page's selection in the card. Answered with whether there was a selection. */
export const LookUpSelectionSchema = z.object({ type: z.literal('look-up-selection') });

/** Side panel → content script: scroll to the next occurrence of a term and flash it. */
export const RevealTermSchema = z.object({ type: z.literal('reveal-term'), entryId: id });

const FoundTermSchema = z.object({ id, term: z.string(), english: z.string(), category: z.string(), count: z.number() });

export const PageStateSchema = z.object({
  host: z.string(),
  /** pending: the content script has not finished its first reading of the page. */
  verdict: z.enum(['pending', 'related', 'unrelated', 'off']),
  score: z.number(),
  reasons: z.array(ReasonSchema).check(z.maxLength(40)),
  terms: z.number(),
  /** The terms highlighted on the page, most frequent first. */
  found: z.array(FoundTermSchema),
  /** Annotated at the reader's request for this visit only (annotate-page), whatever the verdict. */
  once: z.optional(z.boolean()),
  /** The page is a PDF shown by the browser's own viewer (its document's content type): its
   * address, for the popup's "Open this PDF in Treaty Lens". */
  pdf: z.optional(z.string().check(z.maxLength(8192))),
});

/** Content script → background and side panel, whenever the page's state or address changes. */
export const PageStateReportSchema = z.object({
  type: z.literal('page-state'),
  /** The content script's location.href: a single-page app reports each new address. */
  url: z.string().check(z.maxLength(8192)),
  state: PageStateSchema,
});

/** Side panel → content script: the page's main article, to save it to the user's corpus. */
export const GetMainTextSchema = z.object({ type: z.literal('get-main-text') });

/** Content script → side panel: the reply to get-main-text. */
export const MainTextReplySchema = z.object({
  url: z.string().check(z.maxLength(8192)),
  title: z.string().check(z.maxLength(10_000)),
  text: z.string().check(z.maxLength(4_000_000)),
});
export type MainTextReply = z.infer<typeof MainTextReplySchema>;

/** Content script → background: judge the page from its whole text (its first READ_MAX_CHARS
 * characters; `truncated` if it has more). Answered with a DetectReply. */
export const DetectRequestSchema = z.object({
  type: z.literal('detect'),
  title: z.string().check(z.maxLength(10_000)),
  text: z.string().check(z.maxLength(READ_MAX_CHARS)),
  truncated: z.boolean(),
  /** Also the fast stage's matches of this text, in the same reply, when the page will be
   * annotated: if the verdict says related, or whatever it says. Saves the first annotate
   * round trip of a page whose text is one annotate chunk. */
  fast: z.optional(z.enum(['if-related', 'always'])),
});

/** Content script → background: judge the page from its main article, when the whole text did
 * not decide. Answered with a DetectReply carrying a verdict. */
export const DetectArticleRequestSchema = z.object({
  type: z.literal('detect-article'),
  title: z.string().check(z.maxLength(10_000)),
  text: z.string().check(z.maxLength(4_000_000)),
});

const text = z.string().check(z.maxLength(10_000));

/** Matches on the wire: each entry's id once with its category, and the spans. */
const AnnotationsSchema = z
  .object({
    ok: z.literal(true),
    // lib/messaging/match-spans.ts: why flat, and the one loop (the refine below) that checks the spans.
    ids: z.array(id).check(z.maxLength(MAX_SPANS)),
    /** Each id's category, in the order of ids: all a highlight needs (the rest comes with tooltip-entries). */
    categories: z.array(text),
    spans: z.custom<number[]>(),
  })
  .check(
    z.refine((r) => r.categories.length === r.ids.length, 'one category per id'),
    z.refine((r) => spansFit(r.spans, r.ids.length), 'spans must be [id index, start, end] triples'),
  );
export type Annotations = z.infer<typeof AnnotationsSchema>;

const DetectionSchema = z.object({ related: z.boolean(), score: z.number(), reasons: z.array(ReasonSchema).check(z.maxLength(40)) });

export const DetectReplySchema = z.union([
  /** `fast`: the text's fast-stage matches, when the request asked and the page will be annotated. */
  z.object({ ok: z.literal(true), verdict: DetectionSchema, fast: z.optional(AnnotationsSchema) }),
  /** The whole text does not decide: ask again with the article. */
  z.object({ ok: z.literal(true), needsArticle: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type DetectReply = z.infer<typeof DetectReplySchema>;

/** Side panel → background: index a document to be saved (search terms, glossary entries),
 * with the extension's one jieba. Answered with an IndexDocumentReply. */
export const IndexDocumentRequestSchema = z.object({
  type: z.literal('index-document'),
  title: z.string().check(z.maxLength(10_000)),
  paragraphs: z.array(z.string().check(z.maxLength(200_000))).check(z.maxLength(20_000)),
});
export type IndexDocumentRequest = z.infer<typeof IndexDocumentRequestSchema>;

export const IndexDocumentReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    terms: z.object({ title: z.string(), paragraphs: z.array(z.string()) }),
    entries: z.array(z.array(id)),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type IndexDocumentReply = z.infer<typeof IndexDocumentReplySchema>;

/** Longest text a lookup takes: a selection or a query, not a page. */
export const LOOK_UP_MAX_CHARS = 1000;
/** The paragraph around a card's term that ranks its corpus paragraphs: enough for any real paragraph. */
export const CARD_PARAGRAPH_MAX_CHARS = 4000;

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

/** Most characters sent around the word under the pointer: enough for any word and its neighbours. */
export const LOOK_UP_AT_MAX_CHARS = 200;

/**
 * Content script → background: the word under the pointer. `text` is the text around it,
 * `offset` the pointer's position in it (UTF-16 units). Answered with a LookUpAtResponse.
 */
export const LookUpAtSchema = z
  .object({
    type: z.literal('look-up-at'),
    text: z.string().check(z.minLength(1), z.maxLength(LOOK_UP_AT_MAX_CHARS)),
    offset: z.number().check(z.int(), z.nonnegative()),
  })
  .check(z.refine((m) => m.offset < m.text.length, 'the offset lies inside the text'));

/**
 * Content script (the card's Save) → background: keep this word in the word list, which
 * lives in the extension's IndexedDB (a content script sees only the page's). Answered
 * with a SaveWordResponse.
 */
export const SaveWordSchema = z.object({ type: z.literal('save-word'), word: WordToSaveSchema });

/** Content script (an open card) → background: the corpus paragraphs to offer for an entry,
 * ranked for the paragraph being read. Answered with a CardCorpusReply. */
export const CardCorpusSchema = z.object({
  type: z.literal('card-corpus'),
  entryId: id,
  paragraph: z.string().check(z.maxLength(CARD_PARAGRAPH_MAX_CHARS)),
});
export type CardCorpus = z.infer<typeof CardCorpusSchema>;

export const SaveWordResponseSchema = z.union([z.object({ ok: z.literal(true), id: z.string() }), z.object({ ok: z.literal(false), error: z.string() })]);
export type SaveWord = z.infer<typeof SaveWordSchema>;
export type SaveWordResponse = z.infer<typeof SaveWordResponseSchema>;

/** Side panel → background: jieba's words of each text (the Compare view's word diff), from
 * the extension's one jieba. Answered with a TokenizeReply. */
export const TokenizeRequestSchema = z.object({
  type: z.literal('tokenize'),
  texts: z.array(z.string().check(z.maxLength(200_000))).check(z.maxLength(20_000)),
});
export type TokenizeRequest = z.infer<typeof TokenizeRequestSchema>;

export const TokenizeReplySchema = z.union([
  z.object({ ok: z.literal(true), words: z.array(z.array(z.string())) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type TokenizeReply = z.infer<typeof TokenizeReplySchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  TokenizeRequestSchema,
  IndexDocumentRequestSchema,
  AnnotateRequestSchema,
  TooltipEntriesRequestSchema,
  DetectRequestSchema,
  DetectArticleRequestSchema,
  OpenPanelSchema,
  GetPageStateSchema,
  AnnotatePageSchema,
  RevealTermSchema,
  PageStateReportSchema,
  GetMainTextSchema,
  LookUpSchema,
  LookUpAtSchema,
  LookUpSelectionSchema,
  SaveWordSchema,
  CardCorpusSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type AnnotateRequest = z.infer<typeof AnnotateRequestSchema>;
export type DetectRequest = z.infer<typeof DetectRequestSchema>;
export type DetectArticleRequest = z.infer<typeof DetectArticleRequestSchema>;
export type OpenPanel = z.infer<typeof OpenPanelSchema>;
export type LookUp = z.infer<typeof LookUpSchema>;
export type LookUpAt = z.infer<typeof LookUpAtSchema>;

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
const LookUpAtResultSchema = z.object({
  /** The word found (no words when none), and where it lies in the text sent. */
  result: LookUpResultSchema,
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
});

export const LookUpAtResponseSchema = z.union([
  z.object({ ok: z.literal(true), ...LookUpAtResultSchema.shape }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type LookUpAtResult = z.infer<typeof LookUpAtResultSchema>;
export type LookUpAtResponse = z.infer<typeof LookUpAtResponseSchema>;
export type LookUpResult = z.infer<typeof LookUpResultSchema>;
export type LookUpResponse = z.infer<typeof LookUpResponseSchema>;
export type LookedUpWord = z.infer<typeof LookedUpWordSchema>;
export type GlossaryHit = z.infer<typeof GlossaryHitSchema>;

export function parseMessage(raw: unknown): Message | undefined {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** A corpus reference as the tooltip shows it. */
const CorpusRefSchema = z.object({ docId: id, paraId: id, year: z.string().check(z.maxLength(10)), title: z.string().check(z.maxLength(1000)) });
export type CorpusRef = z.infer<typeof CorpusRefSchema>;

export const CardCorpusReplySchema = z.object({ refs: z.array(CorpusRefSchema).check(z.maxLength(10)) });
export type CardCorpusReply = z.infer<typeof CardCorpusReplySchema>;


/** What a tooltip needs about one entry; asked for once the matches are in. */
/** A Russian or Kazakh rendering: verified when an official text uses it, then with its source. */
const RenderingSchema = z.object({ text, verified: z.boolean(), source: z.optional(text) });
export type Rendering = z.infer<typeof RenderingSchema>;

const TooltipEntrySchema = z.object({
  id,
  term: text,
  pinyin: text,
  english: text,
  /** False when no official text is known to use this English rendering. */
  englishVerified: z.boolean(),
  /** Where the English comes from (absent when unverified). */
  englishSource: z.optional(text),
  category: text,
  definitionEn: text,
  definitionZh: text,
  /** Absent where the glossary has no Russian definition yet. */
  definitionRu: z.optional(text),
  ru: z.optional(RenderingSchema),
  kk: z.optional(RenderingSchema),
  related: z.array(z.object({ id, term: text })),
  corpus: z.array(CorpusRefSchema),
  /** Set for a title in 《…》 the glossary does not have: what kind of document it names. */
  titleKind: z.optional(z.enum(TITLE_KINDS)),
  /** Set for one of the reader's own terms (My terms). */
  mine: z.optional(z.literal(true)),
  /** Set for a wording whose changes across the documents the Compare view can trace. */
  formula: z.optional(z.literal(true)),
});
export type TooltipEntry = z.infer<typeof TooltipEntrySchema>;

/** Background → content script: the reply to annotate. */
export const AnnotateResponseSchema = z.discriminatedUnion('ok', [AnnotationsSchema, z.object({ ok: z.literal(false), error: z.string().check(z.maxLength(10_000)) })]);
export type AnnotateResponse = z.infer<typeof AnnotateResponseSchema>;

/** Background → content script: the reply to tooltip-entries; an id it does not know is left out. */
export const TooltipEntriesReplySchema = z.object({ entries: z.record(id, TooltipEntrySchema) });
export type TooltipEntriesReply = z.infer<typeof TooltipEntriesReplySchema>;

/** Background → content script: the reply to open-panel. */
export const OpenPanelReplySchema = z.object({ opened: z.enum(['panel', 'tab', 'refused']) });
export type OpenPanelReply = z.infer<typeof OpenPanelReplySchema>;

export type PageState = z.infer<typeof PageStateSchema>;
export type FoundTerm = z.infer<typeof FoundTermSchema>;
