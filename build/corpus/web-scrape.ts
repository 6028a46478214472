// A web page scraped to one line: page title and date with the site's [字体：大 中 小] and
// 打印本页 links, then paragraphs separated by runs of ideographic spaces.
import { collapseSpaces, joinWrappedLines } from '../../lib/corpus/clean-text';
import { toArticleBody } from '../../lib/corpus/paragraphs';
import type { LayoutParser } from '../../lib/corpus/types';

const HEADER = /^(.*?)(\d{4}-\d{2}-\d{2})\s*\[字体：\s*大\s*中\s*小\s*\]\s*打印本页/;
const PARAGRAPH_GAP = /\u3000{2,}|\r?\n/;
// A title line in the body: no sentence punctuation, ends with the instrument's genre.
const TITLE_LINE = /^[^，。；：、！？]{8,}(联合声明|联合宣言|联合公报|条约|协定|公约)$/;

function readPage(raw: string): { pageTitle: string; date: string; lines: string[] } {
  const header = HEADER.exec(raw);
  if (!header) throw new Error('web scrape without its title/date header');
  const lines = raw
    .slice(header[0].length)
    .split(PARAGRAPH_GAP)
    .map(collapseSpaces)
    .filter((l) => l !== '');
  return { pageTitle: header[1]!.trim(), date: header[2]!, lines: joinWrappedLines(lines) };
}

export const webScrape: LayoutParser = {
  name: 'web-scrape',
  bodyCopies: 1,
  bodyLines: (raw) => readPage(raw).lines,
  parse(raw) {
    const { pageTitle, date, lines } = readPage(raw);
    // The title printed in the body is the instrument's own; the page title is the site's label.
    const title = lines.find((l) => TITLE_LINE.test(l)) ?? pageTitle;
    return { source: { date }, articles: [{ key: 'main', title, ...toArticleBody(lines, title) }] };
  },
};
