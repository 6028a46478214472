// Pairs the paragraphs of two documents that say the most alike: by the terms they share
// (Jaccard over each paragraph's set of terms), not by position, one partner each, the
// closest pairs first. A paragraph with nothing in common with any other stays unpaired.
export interface PairingInput {
  id: string;
  terms: ReadonlySet<string>;
}

export interface ParagraphPair {
  a: string;
  b: string;
  /** Shared terms over all terms of the two paragraphs, 0–1. */
  similarity: number;
  shared: string[];
}

function similarity(x: ReadonlySet<string>, y: ReadonlySet<string>): { value: number; shared: string[] } {
  const shared = [...x].filter((t) => y.has(t));
  const union = x.size + y.size - shared.length;
  return { value: union === 0 ? 0 : shared.length / union, shared };
}

/** Pairs in the order of the first document's paragraphs. */
export function pairParagraphs(a: readonly PairingInput[], b: readonly PairingInput[]): ParagraphPair[] {
  const candidates: (ParagraphPair & { i: number; j: number })[] = [];
  a.forEach((pa, i) =>
    b.forEach((pb, j) => {
      const s = similarity(pa.terms, pb.terms);
      if (s.value > 0) candidates.push({ a: pa.id, b: pb.id, similarity: s.value, shared: s.shared, i, j });
    }),
  );
  // Greedy on similarity; ties keep document order, so equal candidates pair in reading order.
  candidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: (ParagraphPair & { i: number })[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push(c);
  }
  return pairs.sort((x, y) => x.i - y.i).map(({ a, b, similarity, shared }) => ({ a, b, similarity, shared }));
}
