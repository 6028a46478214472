// A search result's excerpt: the passage where most of the matched terms meet, every
// matched term marked. Terms are found in the folded text (where the index found them) and
// mapped back, so a hit on 2023 marks ２０２３ in a paragraph that prints full-width digits.
import { toOriginalRange } from '../text/normalize';
import { foldForSearch } from './fold';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface Hit {
  start: number;
  end: number;
  /** The term it matched. */
  term: string;
}

/** Context kept before the passage, and the passage's length, in characters. */
const BEFORE = 20;
const LENGTH = 100;
const ELLIPSIS = '…';

/** Non-overlapping hits of the terms in the original text, longest term first, in text order. */
export function findHits(text: string, terms: readonly string[]): Hit[] {
  const folded = foldForSearch(text);
  const taken = new Uint8Array(folded.text.length);
  const hits: Hit[] = [];
  for (const term of [...new Set(terms)].filter((t) => t !== '').sort((a, b) => b.length - a.length)) {
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
      if (taken.subarray(at, at + term.length).includes(1)) continue;
      taken.fill(1, at, at + term.length);
      const [start, end] = toOriginalRange(folded, at, at + term.length);
      hits.push({ start, end, term });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The hit that starts the window holding the most distinct terms (the earliest on a tie). */
function bestAnchor(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestCount = 0;
  for (const [i, anchor] of hits.entries()) {
    const terms = new Set<string>();
    for (let j = i; j < hits.length && hits[j]!.end <= anchor.start + LENGTH - BEFORE; j++) terms.add(hits[j]!.term);
    if (terms.size > bestCount) [best, bestCount] = [anchor, terms.size];
  }
  return best;
}

export function snippet(text: string, terms: readonly string[]): SnippetPart[] {
  const hits = findHits(text, terms);
  const anchor = bestAnchor(hits);
  const from = anchor ? Math.max(0, anchor.start - BEFORE) : 0;
  const to = Math.min(text.length, from + LENGTH);
  const parts: SnippetPart[] = [];
  const push = (s: string, hit: boolean) => {
    if (s) parts.push({ text: s, hit });
  };
  if (from > 0) push(ELLIPSIS, false);
  let at = from;
  for (const { start, end } of hits) {
    if (end <= from || start >= to) continue;
    push(text.slice(at, Math.max(at, start)), false);
    push(text.slice(Math.max(start, at), Math.min(end, to)), true);
    at = Math.min(end, to);
  }
  push(text.slice(at, to), false);
  if (to < text.length) push(ELLIPSIS, false);
  return parts;
}
