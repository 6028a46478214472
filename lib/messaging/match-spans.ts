// The matches of an annotate reply on the wire: the distinct entry ids once, and three
// numbers per match (index into the ids, start, end) in one flat array. A chunk of a large
// page carries thousands of matches; as [id, start, end] tuples each one was a string and an
// array to receive, collect and check on the page's main thread (≈ 300 ms on a 2 MB text node).

/** The most matches one reply may carry (a 40,000-character chunk has far fewer). */
export const MAX_SPANS = 200_000;

export interface MatchSpans {
  ids: string[];
  /** [idIndex, start, end] per match, flattened. */
  spans: number[];
}

export function encodeSpans(matches: readonly { entryId: string; start: number; end: number }[]): MatchSpans {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const spans = new Array<number>(matches.length * 3);
  matches.forEach(({ entryId, start, end }, i) => {
    let at = index.get(entryId);
    if (at === undefined) {
      at = ids.push(entryId) - 1;
      index.set(entryId, at);
    }
    spans[3 * i] = at;
    spans[3 * i + 1] = start;
    spans[3 * i + 2] = end;
  });
  return { ids, spans };
}

/** Whether `spans` is a flat list of matches naming one of `idCount` ids, each a non-empty stretch of the text. One loop, no allocation. */
export function spansFit(spans: unknown, idCount: number): spans is number[] {
  if (!Array.isArray(spans) || spans.length % 3 !== 0 || spans.length > 3 * MAX_SPANS) return false;
  for (let i = 0; i < spans.length; i += 3) {
    const at: unknown = spans[i];
    const start: unknown = spans[i + 1];
    const end: unknown = spans[i + 2];
    if (!Number.isInteger(at) || !Number.isInteger(start) || !Number.isInteger(end)) return false;
    if ((at as number) < 0 || (at as number) >= idCount || (start as number) < 0 || (end as number) <= (start as number)) return false;
  }
  return true;
}
