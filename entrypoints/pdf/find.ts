// Find in the document: over each page's text in reading order, so 外交部 finds 外 交 部
// and a word broken across lines; a hit becomes a Range on the text layer's spans through
// the reading text's map, and is selected (the browser paints the selection on the glyphs).
import { joinSpaced } from '@/lib/text/join-spaced';
import type { RenderedPage } from './render-page';

export interface Hit {
  page: RenderedPage;
  paragraph: number;
  start: number;
  end: number;
}

export function findAll(pages: readonly RenderedPage[], query: string): Hit[] {
  const needle = joinSpaced(query).text;
  if (needle === '') return [];
  const hits: Hit[] = [];
  for (const page of pages) {
    page.reading.paragraphs.forEach((text, paragraph) => {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        hits.push({ page, paragraph, start: at, end: at + needle.length });
      }
    });
  }
  return hits;
}

export function rangeOf(hit: Hit): Range | undefined {
  const sources = hit.page.reading.sources[hit.paragraph]!.slice(hit.start, hit.end).filter(([item]) => item >= 0);
  const first = sources[0];
  const last = sources.at(-1);
  if (!first || !last) return undefined;
  const startNode = hit.page.spans[first[0]]?.firstChild;
  const endNode = hit.page.spans[last[0]]?.firstChild;
  if (!startNode || !endNode) return undefined;
  const range = document.createRange();
  range.setStart(startNode, first[1]);
  range.setEnd(endNode, last[1] + 1);
  return range;
}
