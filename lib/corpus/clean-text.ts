// Cleaning that undoes typesetting and nothing else, so paragraph text stays as printed.

import { joinSpaced } from '../text/join-spaced';

const GAP = /[ \t\u00a0\u3000]+/g;

/** Trims and collapses each run of spaces (ASCII or ideographic) to one ASCII space. */
export function collapseSpaces(line: string): string {
  return line.replace(GAP, ' ').trim();
}

/**
 * Drops the letter-spacing of PDF text (外 交 部 → 外交部, 2023 年 → 2023年) while keeping
 * a space between two Latin or digit words, the only place a space means something.
 */
export function joinSpacedCjk(line: string): string {
  return joinSpaced(line).text;
}

const SENTENCE_END = /[。！？][”’」』）)]*$/;
const PARAGRAPH_END = /[。！？；：][”’」』）)]*$/;
const PROSE_MARK = /[，。；：、！？]/;

/** True when the text ends a sentence (。！？ and any closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * Rejoins a paragraph that a scrape wrapped mid-sentence: a prose line (it has sentence
 * punctuation, unlike headings, titles and signature rows) that does not end a paragraph
 * continues on the next line.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let carry: string | null = null;
  for (const line of lines) {
    const text: string = carry === null ? line : joinAcrossBreak(carry, line);
    if (PROSE_MARK.test(text) && !PARAGRAPH_END.test(text)) carry = text;
    else {
      out.push(text);
      carry = null;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}

/** Joins two pieces of one sentence split by a line break; a space only between two Latin words. */
export function joinAcrossBreak(left: string, right: string): string {
  const a = left.at(-1) ?? '';
  const b = right[0] ?? '';
  return /[A-Za-z]/.test(a) && /[A-Za-z]/.test(b) ? `${left} ${right}` : left + right;
}

/** Sentences of a text: each ends with 。！？ plus closing quotes; a trailing fragment counts too. */
export function splitSentences(text: string): string[] {
  const pieces = text.match(/[^。！？]+(?:[。！？]+[”’」』）)]*)?|[。！？]+[”’」』）)]*/g) ?? [];
  return pieces.map((s) => s.trim()).filter((s) => s.length > 0);
}
