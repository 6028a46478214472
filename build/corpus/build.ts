// The ingest pipeline: raw source files in, a validated corpus out. Pure: no file system.
import { agreementIdFor, mergeAgreements } from './agreements';
import { findCitations } from '../../lib/corpus/citations';
import { detectLayout } from './detect-layout';
import { AGREEMENT_IDS, FILES } from './manifest';
import { CorpusSchema, type Corpus, type CorpusDocument } from '../../lib/corpus/schema';
import type { FileEntry, LayoutParser, ParsedArticle, ParsedSource, SourceFile } from '../../lib/corpus/types';

export interface ParsedFile {
  file: SourceFile;
  entry: FileEntry;
  parser: LayoutParser;
  /** Documents without citations yet (those need the whole corpus). */
  documents: CorpusDocument[];
}

function entryFor(name: string, manifest: readonly FileEntry[]): FileEntry {
  const entry = manifest.find((e) => e.file === name);
  if (!entry) throw new Error(`${name}: no manifest entry in build/corpus/manifest.ts`);
  return entry;
}

function toDocument(file: SourceFile, entry: FileEntry, parsed: ParsedSource, article: ParsedArticle): CorpusDocument {
  const curated = entry.documents[article.key]!;
  const title = article.title ?? curated.title;
  if (title === undefined) throw new Error(`${file.name} ${article.key}: no printed headline and none in the manifest`);
  if (article.signedAt && (article.signedAt.date !== curated.date || article.signedAt.place !== curated.place)) {
    throw new Error(
      `${curated.id}: signed ${article.signedAt.date} at ${article.signedAt.place}, manifest says ${curated.date} at ${curated.place}`,
    );
  }
  // What the page prints wins over what we curated; curated per document over per file.
  const printed = { ...entry.source, ...curated.source, ...parsed.source };
  if (printed.publication === undefined) throw new Error(`${curated.id}: no publication`);
  return {
    id: curated.id,
    title,
    date: curated.date,
    kind: curated.kind,
    ...(article.byline !== undefined ? { byline: article.byline } : {}),
    place: curated.place,
    parties: [...curated.parties],
    signatories: article.signatories,
    source: {
      publication: printed.publication,
      ...(printed.edition !== undefined ? { edition: printed.edition } : {}),
      ...(printed.page !== undefined ? { page: printed.page } : {}),
      date: printed.date ?? curated.date,
      file: file.name,
      ...(article.continuedFromPage !== undefined ? { continuedFromPage: article.continuedFromPage } : {}),
    },
    paragraphs: article.paragraphs.map((p, i) => ({ id: `p${i + 1}`, ...p })),
    citations: [],
    relatedTo: [...(curated.relatedTo ?? [])],
  };
}

/** One raw file through its layout's parser, named and ordered by the manifest. */
export function parseFile(file: SourceFile, manifest: readonly FileEntry[] = FILES): ParsedFile {
  const entry = entryFor(file.name, manifest);
  const parser = detectLayout(file.text);
  const parsed = parser.parse(file.text, entry);
  const keys = Object.keys(entry.documents);
  const unnamed = parsed.articles.filter((a) => !keys.includes(a.key));
  if (unnamed.length > 0) throw new Error(`${file.name}: articles not in the manifest: ${unnamed.map((a) => a.key).join(', ')}`);
  const documents = keys.map((key) => {
    const article = parsed.articles.find((a) => a.key === key);
    if (!article) throw new Error(`${file.name}: the manifest expects an article "${key}" the parser did not find`);
    return toDocument(file, entry, parsed, article);
  });
  return { file, entry, parser, documents };
}

export function buildCorpus(files: readonly SourceFile[], manifest: readonly FileEntry[] = FILES): Corpus {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const missing = manifest.filter((e) => !sorted.some((f) => f.name === e.file));
  if (missing.length > 0) throw new Error(`manifest entries without a raw file: ${missing.map((e) => e.file).join(', ')}`);
  const documents = sorted.flatMap((file) => parseFile(file, manifest).documents);
  const cited = documents.map((document) => ({ document, found: findCitations(document.paragraphs) }));
  const agreements = mergeAgreements(cited, AGREEMENT_IDS);
  for (const { document, found } of cited) {
    document.citations = found.map((c) => ({
      title: c.title,
      agreementId: agreementIdFor(c.title, agreements),
      paragraphId: c.paragraphId,
    }));
  }
  return CorpusSchema.parse({ documents, agreements });
}
