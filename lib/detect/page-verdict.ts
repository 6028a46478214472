// A page's verdict from the text the content script collects anyway, judged in the background
// so it costs the page nothing. Detection proper reads the page's main article (Readability,
// tens of milliseconds on the page's main thread), so these shortcuts spare it wherever the
// whole text already decides:
// - the main text is a subset of the whole text, so if the whole page shows no more than
//   incidental evidence (score 0), the main text cannot show more;
// - huge pages (a book, a long archive) are judged on their first READ_MAX_CHARS
//   characters: such pages are no article;
// - a page whose prose (its blocks of running text, navigation and link lists left out) is
//   strongly related is related.
// Anything else is borderline and needs the article. Strong evidence from the whole page is
// no shortcut: a fixture whose navigation lists SCO topics scores 0.96 on the whole page and
// 0 on its article (see the test).
import { countHan } from '../text/han';
import { detect, type Detection, type PageText } from './index';

export const READ_MAX_CHARS = 200_000;
/** A block with fewer Han characters than this is a heading, a link or a caption, not prose. */
const PROSE_MIN_HAN = 30;
/** Prose this strongly related decides the page. */
const PROSE_DECIDES = 0.9;
/** Blocks in collected text end with the content script's block separator or a line break. */
const BLOCK_SEPARATOR = '\u001e';

/** The verdict from the page's whole text (its first READ_MAX_CHARS characters, `truncated`
 * if there were more), or undefined when only its main article can decide. */
export function wholePageVerdict(page: PageText, truncated: boolean): Detection | undefined {
  const quick = detect(page);
  if (truncated || quick.score === 0) return quick;
  const blocks = page.text.split('\n').flatMap((line) => line.split(BLOCK_SEPARATOR));
  const prose = blocks.filter((block) => countHan(block) >= PROSE_MIN_HAN);
  const fromProse = detect({ title: page.title, text: prose.join('\n') });
  return fromProse.score >= PROSE_DECIDES ? fromProse : undefined;
}
