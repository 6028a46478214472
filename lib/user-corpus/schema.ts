// A page the reader saved to their own corpus: shaped like a bundled document where it can
// be (paragraph ids p1…pn, kinds, signatories), plus where and when it was saved.
import * as z from 'zod/mini';
import { ParagraphSchema, SignatorySchema } from '../corpus/schema';

/** Largest text saved from one page (characters): a long report is 20–30 thousand. */
export const MAX_DOCUMENT_CHARS = 100_000;
/** Fewer Han characters than this and the page is not a Chinese text. */
export const MIN_HAN_CHARS = 20;
export const MAX_TITLE_CHARS = 300;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const webUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(4096));

export const UserDocumentSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^user-[a-z0-9]{1,40}$/)),
    kind: z.literal('saved-page'),
    title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_CHARS)),
    url: webUrl,
    savedAt: z.iso.datetime(),
    /** Date of signing when the page closes with a signature block, else null. */
    date: z.nullable(isoDate),
    place: z.nullable(z.string().check(z.maxLength(100))),
    signatories: z.array(SignatorySchema).check(z.maxLength(50)),
    paragraphs: z.array(ParagraphSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((doc, ctx) => {
    doc.paragraphs.forEach((p, i) => {
      if (p.id !== `p${i + 1}`) ctx.addIssue({ code: 'custom', path: ['paragraphs', i, 'id'], message: `expected p${i + 1}` });
    });
    const chars = doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
    if (chars > MAX_DOCUMENT_CHARS) {
      ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: `${chars} characters, more than ${MAX_DOCUMENT_CHARS}` });
    }
    }),
  );
export type UserDocument = z.infer<typeof UserDocumentSchema>;
