// A formula's life across documents: for each term of its family (战略伙伴关系,
// 全面战略伙伴关系, 永久全面战略伙伴关系), the documents and paragraphs that use it, first
// and last; and each point where the family's wording changes from one document using it
// to the next.
import { byDate, documentRef, type CompareDocument, type DocumentRef } from './document';

interface FormulaUse {
  doc: DocumentRef;
  paraIds: string[];
}

interface TermHistory {
  entryId: string;
  first: FormulaUse;
  last: FormulaUse;
  uses: FormulaUse[];
}

export interface WordingChange {
  previous: DocumentRef;
  doc: DocumentRef;
  /** The family's terms the previous document used, then this one. */
  from: string[];
  to: string[];
  /** Where this document uses its new wording. */
  paraIds: string[];
}

export interface FormulaHistory {
  /** Oldest first use first; terms no document uses are left out. */
  terms: TermHistory[];
  changes: WordingChange[];
}

const byParagraph = (x: string, y: string) => Number(x.slice(1)) - Number(y.slice(1));

interface FamilyEntry {
  id: string;
  category: string;
  related: readonly string[];
}

/** Wordings that change from one text to the next; places and people do not. */
const FORMULA_CATEGORIES: ReadonlySet<string> = new Set(['relationship', 'policy']);

/** Whether an entry is a formula with a history to show: related wordings of its own kind. */
export function hasFormulaHistory(entryId: string, entries: readonly FamilyEntry[]): boolean {
  const entry = entries.find((e) => e.id === entryId);
  return entry !== undefined && FORMULA_CATEGORIES.has(entry.category) && formulaFamily(entryId, entries).length > 1;
}

/** An entry and the related entries of its own category: the wordings it replaces or is replaced by. */
export function formulaFamily(entryId: string, entries: readonly FamilyEntry[]): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const entry = byId.get(entryId);
  if (!entry) return [];
  return [entry.id, ...entry.related.filter((id) => byId.get(id)?.category === entry.category)];
}

export function formulaHistory(family: readonly string[], docs: readonly CompareDocument[]): FormulaHistory {
  const members = new Set(family);
  const uses = new Map<string, FormulaUse[]>();
  const changes: WordingChange[] = [];
  let previous: { doc: DocumentRef; used: string[] } | undefined;
  for (const doc of [...docs].sort(byDate)) {
    const where = new Map<string, string[]>();
    for (const p of doc.paragraphs) {
      for (const id of p.entries) if (members.has(id)) where.set(id, [...(where.get(id) ?? []), p.id]);
    }
    if (where.size === 0) continue;
    const ref = documentRef(doc);
    for (const [id, paraIds] of where) uses.set(id, [...(uses.get(id) ?? []), { doc: ref, paraIds }]);
    const used = family.filter((id) => where.has(id));
    if (previous && used.join() !== previous.used.join()) {
      const fresh = used.filter((id) => !previous!.used.includes(id));
      const paraIds = [...new Set((fresh.length ? fresh : used).flatMap((id) => where.get(id)!))].sort(byParagraph);
      changes.push({ previous: previous.doc, doc: ref, from: previous.used, to: used, paraIds });
    }
    previous = { doc: ref, used };
  }
  const terms = [...uses].map(([entryId, list]) => ({ entryId, first: list[0]!, last: list.at(-1)!, uses: list }));
  // Map order is first-use order already: documents were walked oldest first.
  return { terms, changes };
}

/**
 * Whether a change raises the formula: a new wording that contains an old one
 * (战略伙伴关系 → 全面战略伙伴关系 → 永久全面战略伙伴关系), the change a reader looks for first.
 */
export function isUpgrade(change: WordingChange, termOf: (entryId: string) => string): boolean {
  return change.to.some((to) => change.from.some((from) => to !== from && termOf(to).includes(termOf(from))));
}
