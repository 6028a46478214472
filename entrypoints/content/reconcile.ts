// The jieba stage's matches against what the fast stage already showed: a match found by
// both (same entry, same offsets) keeps its highlighted range, so the page does not flicker;
// only the ones that differ are removed or added.

export interface MatchList {
  starts: Int32Array;
  ends: Int32Array;
  entryIds: string[];
}

export interface Reconciled {
  /** For each settled match, the index of the same fast match, or -1 for a new one. */
  kept: Int32Array;
  /** Indices of fast matches the settled stage did not confirm. */
  dropped: number[];
}

/** Both lists are in text order, as both matchers produce them. */
export function reconcile(shown: MatchList, settled: MatchList): Reconciled {
  const kept = new Int32Array(settled.starts.length).fill(-1);
  const confirmed = new Uint8Array(shown.starts.length);
  let i = 0;
  for (let j = 0; j < settled.starts.length; j++) {
    const start = settled.starts[j]!;
    while (i < shown.starts.length && shown.starts[i]! < start) i++;
    if (i < shown.starts.length && shown.starts[i] === start && shown.ends[i] === settled.ends[j] && shown.entryIds[i] === settled.entryIds[j]) {
      kept[j] = i;
      confirmed[i] = 1;
    }
  }
  const dropped: number[] = [];
  confirmed.forEach((c, k) => {
    if (!c) dropped.push(k);
  });
  return { kept, dropped };
}
