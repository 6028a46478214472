// A page's text in reading order, as a reader would copy it: each paragraph one string, its
// letter-spacing dropped and its lines joined (a space only between two Latin words, as the
// corpus ingest joins them), with an exact map from every character back to the text item
// and the offset in it that it came from.
import { joinAcrossBreak } from '../corpus/clean-text';
import { joinSpaced } from '../text/join-spaced';
import type { Paragraph } from './reading-order';

export interface ReadingText {
  paragraphs: string[];
  /** For each paragraph, for each of its UTF-16 units: [item index, offset in the item's text];
   * [-1, -1] for a space put between two lines. */
  sources: [number, number][][];
}

function lineText(line: readonly number[], texts: readonly string[]): { text: string; sources: [number, number][] } {
  const raw: [number, number][] = [];
  for (const item of line) for (let k = 0; k < texts[item]!.length; k++) raw.push([item, k]);
  const joined = joinSpaced(line.map((i) => texts[i]!).join(''));
  return { text: joined.text, sources: joined.map.map((at) => raw[at]!) };
}

export function readingText(paragraphs: readonly Paragraph[], texts: readonly string[]): ReadingText {
  const out: ReadingText = { paragraphs: [], sources: [] };
  for (const paragraph of paragraphs) {
    let text = '';
    let sources: [number, number][] = [];
    for (const line of paragraph) {
      const next = lineText(line, texts);
      if (next.text === '') continue;
      const joined = text === '' ? next.text : joinAcrossBreak(text, next.text);
      // joinAcrossBreak adds at most one space between the two.
      if (joined.length > text.length + next.text.length) sources.push([-1, -1]);
      sources = sources.concat(next.sources);
      text = joined;
    }
    if (text === '') continue;
    out.paragraphs.push(text);
    out.sources.push(sources);
  }
  return out;
}
