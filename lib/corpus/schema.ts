// The corpus's data contract: what build/build-corpus.ts writes to assets/corpus/corpus.json
// and what the side panel, the background and the tests read.
// zod/mini: this schema also reaches the side panel's bundle (saved pages share its
// paragraph shape), and classic zod carries code that compiles validators with Function.
import * as z from 'zod/mini';

const DOCUMENT_KINDS = [
  'joint-statement', // 联合声明
  'joint-declaration', // 联合宣言
  'joint-communique', // 联合公报
  'news-report',
  'commentary',
  'briefing',
  'caption',
] as const;
const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ParagraphSchema = z.strictObject({
  /** Stable within the document: "p1", "p2", … in reading order (headings included). */
  id: z.string().check(z.regex(/^p\d+$/)),
  kind: z.enum(['heading', 'paragraph', 'signature']),
  /** Faithful to the source (full-width digits kept), cleaned of chrome and broken line wraps. */
  text: z.string().check(z.minLength(1)),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SignatorySchema = z.strictObject({
  name: z.string(),
  title: z.string(),
  party: z.string(),
});

const SourceSchema = z.strictObject({
  publication: z.string(), // 人民日报, 新华社, 习近平系列重要讲话数据库 …
  edition: z.optional(z.string()), // 国际新闻, …
  page: z.optional(z.string()), // "01", "04"
  date: isoDate,
  file: z.string(), // raw file name under assets/corpus/raw/
  /** The page the article starts on when this page carries its continuation (上接1版 → "01"). */
  continuedFromPage: z.optional(z.string()),
});

const CitationSchema = z.strictObject({
  /** The agreement as cited, without 《》. */
  title: z.string(),
  /** Id of the merged agreement in corpus.agreements. */
  agreementId: z.string(),
  paragraphId: z.string(),
});

const DocumentSchema = z.strictObject({
  /** Readable and stable, e.g. "2014-05-19-cn-kz-joint-declaration". */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: z.string(),
  date: isoDate,
  kind: DocumentKindSchema,
  /** Author or photo credit printed apart from the text: 新华社评论员, 新华社记者 谢环驰摄. */
  byline: z.optional(z.string()),
  place: z.nullable(z.string()),
  parties: z.array(z.string()),
  signatories: z.array(SignatorySchema),
  source: SourceSchema,
  paragraphs: z.array(ParagraphSchema).check(z.minLength(1)),
  citations: z.array(CitationSchema),
  /** Id of a document this one continues or accompanies (e.g. a caption's article). */
  relatedTo: z._default(z.array(z.string()), []),
});
export type CorpusDocument = z.infer<typeof DocumentSchema>;

const AgreementSchema = z.strictObject({
  id: z.string(),
  /** Full title as most completely cited. */
  title: z.string(),
  /** Other forms it is cited by (short names). */
  aliases: z.array(z.string()),
  date: z.nullable(isoDate),
  /** The corpus document that is this agreement, or null: "referenced, not bundled". */
  documentId: z.nullable(z.string()),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const CorpusSchema = z.strictObject({
  documents: z.array(DocumentSchema),
  agreements: z.array(AgreementSchema),
});
export type Corpus = z.infer<typeof CorpusSchema>;
