// A paragraph cut into what the reader renders: plain runs and cited agreements, each
// made of parts that are either plain text or a glossary term. A term that straddles a
// citation's edge is dropped rather than split.
import type { Agreement } from '../corpus/schema';
import type { CitedSpan } from './cited-spans';
import type { TermSpan } from './term-spans';

export interface Part {
  text: string;
  entryId?: string;
}

export interface Piece {
  /** Set when the piece is a cited agreement. */
  agreement?: Agreement;
  parts: Part[];
}

function partsOf(text: string, from: number, to: number, terms: readonly TermSpan[]): Part[] {
  const parts: Part[] = [];
  let at = from;
  for (const t of terms) {
    if (t.start < from || t.end > to) continue;
    if (t.start > at) parts.push({ text: text.slice(at, t.start) });
    parts.push({ text: text.slice(t.start, t.end), entryId: t.entryId });
    at = t.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to) });
  return parts;
}

export function paragraphPieces(text: string, terms: readonly TermSpan[], cited: readonly CitedSpan[]): Piece[] {
  const sortedTerms = [...terms].sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const c of [...cited].sort((a, b) => a.start - b.start)) {
    if (c.start > at) pieces.push({ parts: partsOf(text, at, c.start, sortedTerms) });
    pieces.push({ agreement: c.agreement, parts: partsOf(text, c.start, c.end, sortedTerms) });
    at = c.end;
  }
  if (at < text.length) pieces.push({ parts: partsOf(text, at, text.length, sortedTerms) });
  return pieces;
}
