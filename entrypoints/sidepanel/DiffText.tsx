// A word-level difference as text: deletions in <del>, insertions in <ins>, each also named
// in words for screen readers (and struck through or underlined on screen): never colour alone.
import type { DiffPiece } from '@/lib/compare/token-diff';
import { useText } from './lang';
import { compareStrings } from './strings/compare';

export function DiffText({ diff }: { diff: readonly DiffPiece[] }) {
  const t = useText(compareStrings);
  return (
    <>
      {diff.map(([op, text], i) =>
        op === '=' ? (
          <span key={i}>{text}</span>
        ) : op === '-' ? (
          <del key={i}>
            <span className="diff-label">{t.deleted}</span>
            {text}
          </del>
        ) : (
          <ins key={i}>
            <span className="diff-label">{t.inserted}</span>
            {text}
          </ins>
        ),
      )}
    </>
  );
}
