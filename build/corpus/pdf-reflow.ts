// Rebuilds paragraphs from the hard-wrapped lines of a PDF column. A line ends its
// paragraph only if it ends a sentence and either a blank line follows or it stops short
// of the column's width; a full line that happens to end with 。 is mid-paragraph.
import { endsSentence, joinAcrossBreak } from '../../lib/corpus/clean-text';

const STANDALONE = /^（[^（）]*电）$/;
// A line counts as short below this share of the widest nearby line.
const SHORT_RATIO = 0.9;
const NEIGHBOURS = 4;

/** Display width in ems: Latin letters and digits are half as wide as Han characters. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\x21-\x7e]/.test(ch) ? 0.5 : 1;
  return width;
}

function isShort(lines: readonly string[], i: number): boolean {
  const near = [...lines.slice(Math.max(0, i - NEIGHBOURS), i), ...lines.slice(i + 1, i + 1 + NEIGHBOURS)]
    .filter((l) => l !== '')
    .map(displayWidth);
  return near.length > 0 && displayWidth(lines[i]!) < SHORT_RATIO * Math.max(...near);
}

/** Paragraphs from column lines ('' = blank line); datelines such as （新华社北京4月2日电） stand alone. */
export function reflowPdfLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let paragraph: string | null = null;
  const flush = () => {
    if (paragraph !== null) out.push(paragraph);
    paragraph = null;
  };
  lines.forEach((line, i) => {
    if (line === '') return;
    if (STANDALONE.test(line)) {
      flush();
      out.push(line);
      return;
    }
    paragraph = paragraph === null ? line : joinAcrossBreak(paragraph, line);
    const next = lines[i + 1];
    if (endsSentence(line) && (next === undefined || next === '' || isShort(lines, i))) flush();
  });
  flush();
  return out;
}
