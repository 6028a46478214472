// A word-level difference between two token sequences (jieba's words), as runs of kept,
// inserted and deleted text: the longest common subsequence, deletions before insertions
// where both replace the same place.
type DiffOp = '=' | '+' | '-';
export type DiffPiece = [DiffOp, string];

/** Beyond this many cells the table is not worth building: the paragraphs are shown whole as replaced. */
const MAX_CELLS = 4_000_000;

function pushPiece(out: DiffPiece[], op: DiffOp, text: string): void {
  const last = out.at(-1);
  if (last && last[0] === op) last[1] += text;
  else out.push([op, text]);
}

export function diffTokens(a: readonly string[], b: readonly string[]): DiffPiece[] {
  const n = a.length;
  const m = b.length;
  const out: DiffPiece[] = [];
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    if (n) pushPiece(out, '-', a.join(''));
    if (m) pushPiece(out, '+', b.join(''));
    return out;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  const pending: { del: string; ins: string } = { del: '', ins: '' };
  const flush = () => {
    if (pending.del) pushPiece(out, '-', pending.del);
    if (pending.ins) pushPiece(out, '+', pending.ins);
    pending.del = pending.ins = '';
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      pushPiece(out, '=', a[i]!);
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      pending.del += a[i++]!;
    } else {
      pending.ins += b[j++]!;
    }
  }
  flush();
  return out;
}
