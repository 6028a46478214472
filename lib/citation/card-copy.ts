// What the card's Copy puts on the clipboard: the entry (term, pinyin, English and where the
// English comes from, and the Russian and Kazakh the reader chose to see) and a citation of
// the page it was read on, in one piece of text.
import type { Rendering, TooltipEntry } from '../messaging/messages';
import type { RenderingLang } from '../settings/settings';

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

const LANGUAGE_NAMES = { ru: 'Russian', kk: 'Kazakh' } as const;

function renderingLine(lang: keyof typeof LANGUAGE_NAMES, rendering: Rendering): string {
  return `${LANGUAGE_NAMES[lang]}: ${rendering.text} — ${rendering.verified && rendering.source ? rendering.source : 'unverified rendering'}`;
}

export function formatCardCopy(
  entry: Pick<TooltipEntry, 'term' | 'pinyin' | 'english' | 'englishVerified' | 'englishSource' | 'ru' | 'kk'>,
  written: string,
  page: PageSource,
  accessed: string,
  /** The renderings the card shows; Russian and Kazakh are copied when chosen and present. */
  renderings: readonly RenderingLang[] = ['en'],
): string {
  const term = written === entry.term ? entry.term : `${written}（${entry.term}）`;
  const source = entry.englishVerified && entry.englishSource ? `English: ${entry.englishSource}` : 'English: unverified rendering';
  const others = renderings.flatMap((lang) => {
    if (lang === 'en') return [];
    const rendering = entry[lang];
    return rendering ? [renderingLine(lang, rendering)] : [];
  });
  return [`${term} ${entry.pinyin} — ${entry.english}`, source, ...others, formatPageCitation(page, accessed)].join('\n');
}
