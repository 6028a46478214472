// The agreements a paragraph cites in 《…》, resolved to the corpus's citation graph: by the
// paragraph's own citations (bundled documents, resolved at build time), else by an
// agreement's title or alias (saved pages). Other 《…》 (newspapers, books) stay plain text.
import { bracketedTitles } from '../corpus/citations';
import type { Agreement, CorpusDocument } from '../corpus/schema';

export interface CitedSpan {
  /** The whole 《…》, brackets included. */
  start: number;
  end: number;
  agreement: Agreement;
}

export interface AgreementLookup {
  byId: ReadonlyMap<string, Agreement>;
  byTitle: ReadonlyMap<string, Agreement>;
}

export function agreementLookup(agreements: readonly Agreement[]): AgreementLookup {
  const byTitle = new Map<string, Agreement>();
  for (const a of agreements) for (const title of [a.title, ...a.aliases]) byTitle.set(title, a);
  return { byId: new Map(agreements.map((a) => [a.id, a])), byTitle };
}

export function citedSpans(
  text: string,
  citations: CorpusDocument['citations'],
  lookup: AgreementLookup,
): CitedSpan[] {
  const own = new Map(citations.map((c) => [c.title, c.agreementId]));
  const spans: CitedSpan[] = [];
  for (const { title, start, end } of bracketedTitles(text)) {
    const ownId = own.get(title);
    const agreement = (ownId !== undefined ? lookup.byId.get(ownId) : undefined) ?? lookup.byTitle.get(title);
    if (agreement) spans.push({ start, end, agreement });
  }
  return spans;
}
