// What the card's Copy puts on the clipboard: the entry (term, pinyin, English and where the
// English comes from) and a citation of the page it was read on, in one piece of text.
import type { TooltipEntry } from '../messaging/messages';

export interface PageSource {
  title: string;
  /** The site's host name. */
  site: string;
  /** The page's own publication date (ISO), or null when it gives none. */
  published: string | null;
  url: string;
}

/** A web page cited as Chinese academic usage writes it: 《title》（date），site，URL. Without a
 * publication date, the day it was read ("accessed") stands in. */
export function formatPageCitation(page: PageSource, accessed: string): string {
  const title = page.title.trim().replace(/《/g, '〈').replace(/》/g, '〉') || page.url;
  const date = page.published ? `（${page.published}）` : `（访问于 ${accessed}）`;
  return `《${title}》${date}，${page.site}，${page.url}`;
}

export function formatCardCopy(
  entry: Pick<TooltipEntry, 'term' | 'pinyin' | 'english' | 'englishVerified' | 'englishSource'>,
  written: string,
  page: PageSource,
  accessed: string,
): string {
  const term = written === entry.term ? entry.term : `${written}（${entry.term}）`;
  const source = entry.englishVerified && entry.englishSource ? `English: ${entry.englishSource}` : 'English: unverified rendering';
  return [`${term} ${entry.pinyin} — ${entry.english}`, source, formatPageCitation(page, accessed)].join('\n');
}
