// What the panel derives once from the bundled data: lookups for the reader, the timeline,
// the glossary browser and the ranking of documents related to a page.
import { corpus } from '@/lib/corpus/data';
import type { CorpusDocument } from '@/lib/corpus/schema';
import { createGlossaryBrowser } from '@/lib/glossary/browse';
import { glossary } from '@/lib/glossary/data';
import { agreementLookup } from '@/lib/reader/cited-spans';
import { documentEntries } from '@/lib/related/document-entries';
import { createTermSpanFinder, entriesByParagraph } from '@/lib/reader/term-spans';
import { buildTimeline } from '@/lib/timeline/timeline';
import type { UserRecord } from '@/lib/user-corpus/record';
import type { UserDocument } from '@/lib/user-corpus/schema';

export { corpus };
export const findTermSpans = createTermSpanFinder(glossary.matcher.forms);
export const bundledEntries = entriesByParagraph(glossary.entries);
export const entryById = new Map(glossary.entries.map((e) => [e.id, e]));
/** A glossary entry's term, for lists of entry ids. */
export const termOf = (id: string): string => entryById.get(id)?.term ?? id;
export const agreements = agreementLookup(corpus.agreements);
export const timeline = buildTimeline(corpus);
export const corpusEntries = documentEntries(glossary.entries);
export const glossaryBrowser = createGlossaryBrowser(glossary);

/** A document the reader can show: bundled, or saved by the user. */
export type ReaderDocument = CorpusDocument | UserDocument;

const bundledById = new Map(corpus.documents.map((d) => [d.id, d]));

export const bundledDocument = (id: string): CorpusDocument | undefined => bundledById.get(id);

export function findDocument(id: string, records: readonly UserRecord[] | undefined): ReaderDocument | undefined {
  return bundledById.get(id) ?? records?.find((r) => r.id === id)?.doc;
}
