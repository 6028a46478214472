// The relationship year by year: every corpus document at its date, and every dated
// agreement the documents cite but the corpus does not hold ("referenced, not bundled"),
// with the first paragraph that cites it so the item still opens something.
import type { Corpus, DocumentKind } from '../corpus/schema';

export type TimelineItem =
  | { type: 'document'; date: string; docId: string; title: string; kind: DocumentKind }
  | { type: 'agreement'; date: string; agreementId: string; title: string; citedIn: { docId: string; paraId: string } | null };

export interface TimelineYear {
  year: string;
  items: TimelineItem[];
}

const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

export function buildTimeline(corpus: Corpus): TimelineYear[] {
  const docs = [...corpus.documents].sort(byDate);
  // The earliest document citing each agreement, at the citing paragraph.
  const firstCited = new Map<string, { docId: string; paraId: string }>();
  for (const d of docs) {
    for (const c of d.citations) if (!firstCited.has(c.agreementId)) firstCited.set(c.agreementId, { docId: d.id, paraId: c.paragraphId });
  }
  const items: TimelineItem[] = [
    ...docs.map((d): TimelineItem => ({ type: 'document', date: d.date, docId: d.id, title: d.title, kind: d.kind })),
    ...corpus.agreements.flatMap((a): TimelineItem[] =>
      a.documentId === null && a.date !== null
        ? [{ type: 'agreement', date: a.date, agreementId: a.id, title: a.title, citedIn: firstCited.get(a.id) ?? null }]
        : [],
    ),
  ];
  // Stable sort: on one date, documents come before the agreements they mention.
  items.sort(byDate);
  const years: TimelineYear[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return years;
}
