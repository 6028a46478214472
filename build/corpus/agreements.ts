// Merges every citation of the same agreement (short and full names) into one entry, linked
// to the corpus document that is the agreement, or null: referenced, not bundled.
import type { FoundCitation } from '../../lib/corpus/citations';
import type { Agreement, CorpusDocument } from '../../lib/corpus/schema';

// Short names the texts use for the parties, expanded so 《中哈关于…》 meets 《中华人民共和国和哈萨克斯坦共和国关于…》.
const SHORT_PARTIES: readonly [RegExp, string][] = [[/^中哈/, '中华人民共和国和哈萨克斯坦共和国']];
const INSTRUMENT_KINDS = new Set(['joint-statement', 'joint-declaration', 'joint-communique']);

/** The form two citations of one agreement share. */
function agreementKey(title: string): string {
  return SHORT_PARTIES.reduce((t, [short, full]) => t.replace(short, full), title.replace(/\s+/g, ''));
}

interface Group {
  forms: string[];
  dates: Set<string>;
  document?: CorpusDocument;
}

export interface CitedDocument {
  document: CorpusDocument;
  found: FoundCitation[];
}

/** Agreements from the bundled instruments and every citation; ids come from the linked document or `ids` (by any cited form). */
export function mergeAgreements(cited: readonly CitedDocument[], ids: Readonly<Record<string, string>>): Agreement[] {
  const groups = new Map<string, Group>();
  const group = (title: string): Group => {
    const key = agreementKey(title);
    const g = groups.get(key) ?? { forms: [], dates: new Set<string>() };
    groups.set(key, g);
    if (!g.forms.includes(title)) g.forms.push(title);
    return g;
  };
  for (const { document } of cited) {
    if (INSTRUMENT_KINDS.has(document.kind)) group(document.title).document = document;
  }
  for (const { found } of cited) {
    for (const c of found) {
      const g = group(c.title);
      if (c.date) g.dates.add(c.date);
    }
  }
  return [...groups.entries()].map(([key, g]) => toAgreement(key, g, ids)).sort(byDateThenId);
}

function toAgreement(key: string, g: Group, ids: Readonly<Record<string, string>>): Agreement {
  const dates = new Set(g.dates);
  if (g.document) dates.add(g.document.date);
  if (dates.size > 1) throw new Error(`《${key}》 is cited with different dates: ${[...dates].join(', ')}`);
  // The most complete form is the title; the others are aliases, in order of appearance.
  const title = g.forms.reduce((a, b) => (b.length > a.length ? b : a));
  const id = g.document?.id ?? g.forms.map((f) => ids[f]).find((i) => i !== undefined);
  if (id === undefined) throw new Error(`no id for the agreement 《${key}》: add it to AGREEMENT_IDS in build/corpus/manifest.ts`);
  return {
    id,
    title,
    aliases: g.forms.filter((f) => f !== title),
    date: [...dates][0] ?? null,
    documentId: g.document?.id ?? null,
  };
}

function byDateThenId(a: Agreement, b: Agreement): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
}

/** The agreement id for a title as cited. */
export function agreementIdFor(title: string, agreements: readonly Agreement[]): string {
  const key = agreementKey(title);
  const hit = agreements.find((a) => agreementKey(a.title) === key);
  if (!hit) throw new Error(`citation without an agreement: 《${title}》`);
  return hit.id;
}
