// Types passed between the layout parsers, the manifest and the corpus builder.
import type * as z from 'zod/mini';
import type { DocumentKind, Paragraph, SignatorySchema } from './schema';

type LayoutName = 'speech-database' | 'web-scrape' | 'peoples-daily-tagged' | 'pdf-newspaper';

export interface SourceFile {
  /** File name under assets/corpus/raw/. */
  name: string;
  text: string;
}

export type Signatory = z.infer<typeof SignatorySchema>;

/** Date and place of a signature line such as 二〇一四年五月十九日于上海. */
export interface SignedAt {
  date: string;
  place: string;
}

/** A paragraph before it gets its id. */
export type DraftParagraph = Omit<Paragraph, 'id'>;

/** One article as a parser reads it off the page, before the manifest names it. */
export interface ParsedArticle {
  /** Key of the article in the file's manifest entry ('main', 'caption', or a page-split key). */
  key: string;
  /** The headline as printed, when the page prints one. */
  title: string | null;
  byline?: string;
  paragraphs: DraftParagraph[];
  signatories: Signatory[];
  signedAt?: SignedAt;
  /** Page the article's beginning is on, from a 上接N版 marker. */
  continuedFromPage?: string;
}

/** Publication data the page itself prints (header, tags, trailer). */
export interface PrintedSource {
  publication?: string;
  edition?: string;
  page?: string;
  date?: string;
}

export interface ParsedSource {
  source: PrintedSource;
  articles: ParsedArticle[];
}

export interface LayoutParser {
  name: LayoutName;
  /** How many times the page prints its body (the speech database prints it twice). */
  bodyCopies: number;
  /** The page's body lines after chrome removal and joining, every copy kept: what fidelity is checked against. */
  bodyLines(raw: string, entry: FileEntry): string[];
  parse(raw: string, entry: FileEntry): ParsedSource;
}

/** Curated facts about one document that the text cannot give. */
interface DocumentEntry {
  id: string;
  kind: DocumentKind;
  /** ISO date of signing or, for news, of the event / dateline. */
  date: string;
  place: string | null;
  parties: string[];
  /** Used when the page prints no headline for the article. */
  title?: string;
  relatedTo?: string[];
  /** Source data the page does not print (e.g. the wire service of a newspaper item). */
  source?: PrintedSource;
}

/** Where a newspaper page changes article: the first line of the segment starts with `startsWith`. */
export interface PageSegment {
  startsWith: string;
  article: string;
  role: 'body' | 'title' | 'byline';
}

export interface FileEntry {
  file: string;
  /** Keyed by article key. */
  documents: Record<string, DocumentEntry>;
  /** Newspaper pages only: the segments in page order. */
  segments?: PageSegment[];
  source?: PrintedSource;
}
