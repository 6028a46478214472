// Where the glossary's terms are in a corpus paragraph, without jieba: the compiled
// glossary's concordance says which entries a paragraph holds (jieba decided that at build
// time), so the reader only has to find those entries' forms in the text. False friends
// (亚信科技) are scanned too and win their spot, as in the matcher.
import type { CompiledGlossary, Occurrence } from '../glossary/compiled';
import { normalize, toOriginalRange } from '../text/normalize';

export interface TermSpan {
  entryId: string;
  start: number;
  end: number;
}

export type TermSpanFinder = (text: string, entryIds: ReadonlySet<string>) => TermSpan[];

export function createTermSpanFinder(forms: CompiledGlossary['matcher']['forms']): TermSpanFinder {
  // First character → forms starting with it, longest first.
  const byFirst = new Map<string, (readonly [string, string | null])[]>();
  for (const pair of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    const first = pair[0][0];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), pair]);
  }
  return (text, entryIds) => {
    if (entryIds.size === 0) return [];
    const norm = normalize(text);
    const spans: TermSpan[] = [];
    for (let i = 0; i < norm.text.length; ) {
      const hit = byFirst
        .get(norm.text[i]!)
        ?.find(([form, id]) => (id === null || entryIds.has(id)) && norm.text.startsWith(form, i));
      if (!hit) {
        i++;
        continue;
      }
      const [form, entryId] = hit;
      if (entryId !== null) {
        const [start, end] = toOriginalRange(norm, i, i + form.length);
        spans.push({ entryId, start, end });
      }
      i += form.length;
    }
    return spans;
  };
}

/** "docId#paraId" → the entries found in that paragraph. */
export function entriesByParagraph(entries: readonly { id: string; occurrences: readonly Occurrence[] }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const o of e.occurrences) {
      const key = paragraphKey(o.docId, o.paraId);
      map.set(key, (map.get(key) ?? new Set()).add(e.id));
    }
  }
  return map;
}

export function paragraphKey(docId: string, paraId: string): string {
  return `${docId}#${paraId}`;
}
