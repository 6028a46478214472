// Drops the letter-spacing of PDF text (外 交 部 → 外交部, 2023 年 → 2023年) while keeping one
// space between two Latin or digit words, the only place a space means something; with an
// exact map back to the source, so the PDF reader can point at the glyphs it came from.
// The corpus ingest (lib/corpus/clean-text.ts) takes the text alone.

// Han, CJK punctuation (not the ideographic space), full-width forms, and the quotes,
// dashes and dots Chinese typesetting sets between them.
const CJK = /[\p{Script=Han}\u3001-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u30fb]/u;
const GAP = /[ \t\u00a0\u3000]/;

function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export interface Joined {
  text: string;
  /** map[i] = index in the source of text unit i. */
  map: number[];
}

/** The line without its letter-spacing, trimmed, each kept gap folded to one space. */
export function joinSpaced(src: string): Joined {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < src.length; i++) {
    if (!GAP.test(src[i]!)) {
      out.push(src[i]!);
      map.push(i);
      continue;
    }
    let end = i;
    while (end < src.length && GAP.test(src[end]!)) end++;
    const before = src[i - 1];
    const after = src[end];
    if (before !== undefined && after !== undefined && !isCjkChar(before) && !isCjkChar(after)) {
      out.push(' ');
      map.push(i);
    }
    i = end - 1;
  }
  return trimmed(out.join(''), map);
}

function trimmed(text: string, map: number[]): Joined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return { text: text.slice(start, end), map: map.slice(start, Math.max(start, end)) };
}
