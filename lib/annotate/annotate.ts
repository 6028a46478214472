// The text pipeline shared by the background, the command-line tool and the tests:
// original text → normalised text → jieba tokens → glossary matches → original offsets.
import type { Matcher, MatchOptions, Match } from '../glossary/matcher';
import type { FastMatcher } from '../glossary/fast-matcher';
import type { Segmenter } from '../segment/segmenter';
import { insideCluster } from '../text/grapheme';
import { normalize, toOriginalRange } from '../text/normalize';

export function annotateText(
  text: string,
  segmenter: Segmenter,
  matcher: Matcher,
  options: MatchOptions = {},
): Match[] {
  const norm = normalize(text);
  const tokens = segmenter.tokenize(norm.text);
  const matches: Match[] = [];
  for (const m of matcher.match(norm.text, tokens, options)) {
    const [start, end] = toOriginalRange(norm, m.start, m.end);
    // A term glued to a combining mark or a joiner is another character sequence: no match.
    if (insideCluster(text, start) || insideCluster(text, end)) continue;
    matches.push({ entryId: m.entryId, start, end });
  }
  return matches;
}

/** The first stage: the same pipeline without segmentation (see fast-matcher.ts). */
export function annotateFast(text: string, matcher: FastMatcher, options: MatchOptions = {}): Match[] {
  const norm = normalize(text);
  return matcher.match(norm.text, options).map((m) => {
    const [start, end] = toOriginalRange(norm, m.start, m.end);
    return { entryId: m.entryId, start, end };
  });
}
