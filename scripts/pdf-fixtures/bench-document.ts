// The benchmark's 20-page PDF, as HTML to print: the bundled corpus's documents in order,
// each title a heading and then its paragraphs, poured into 20 A4 pages of at most
// PAGE_CHARS characters (a page ends at a sentence where it can), so every section fits on
// one printed page. Built from the corpus at run time, not kept as a file.
import type { Corpus } from '../../lib/corpus/schema';
import { page } from './pages';

export const BENCH_PDF_PAGES = 20;
/** 12 pt on A4 with 18 mm margins holds about 38 lines of 41 characters; this leaves room for paragraph breaks. */
const PAGE_CHARS = 900;

const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** Where a block over the budget is cut: after the last 。 that fits, else at the budget. */
function cutAt(text: string, room: number): number {
  const stop = text.lastIndexOf('。', room - 1);
  return stop > 0 ? stop + 1 : room;
}

/** Each page's blocks ({ heading } or { text }), PAGE_CHARS at most per page. */
function pour(corpus: Corpus): { heading: boolean; text: string }[][] {
  const blocks = corpus.documents.flatMap((doc) => [
    { heading: true, text: doc.title },
    ...doc.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => ({ heading: false, text: p.text })),
  ]);
  const pages: { heading: boolean; text: string }[][] = [[]];
  let used = 0;
  for (let block = blocks.shift(); block && pages.length <= BENCH_PDF_PAGES; block = blocks.shift()) {
    const room = PAGE_CHARS - used;
    if (block.text.length > room) {
      // A heading, or a sentence too long to share the page, starts the next one.
      const at = block.heading ? 0 : cutAt(block.text, room);
      if (at > 0 && at <= room) pages.at(-1)!.push({ heading: false, text: block.text.slice(0, at) });
      blocks.unshift({ ...block, text: block.text.slice(at > room ? 0 : at) });
      pages.push([]);
      used = 0;
      continue;
    }
    pages.at(-1)!.push(block);
    used += block.text.length;
  }
  return pages.slice(0, BENCH_PDF_PAGES);
}

export function benchPdfHtml(corpus: Corpus): string {
  const sections = pour(corpus).map(
    (blocks) => `<section>${blocks.map((b) => (b.heading ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`)).join('')}</section>`,
  );
  return page(
    '中国—中亚关系文件汇编（基准测试）',
    'section { break-after: page; } h2 { font-size: 14pt; margin: 0 0 0.4em; } p { text-indent: 2em; margin: 0 0 0.4em; }',
    sections.join(''),
  );
}
