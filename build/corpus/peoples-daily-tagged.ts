// People's Daily archive format: 〖XX/名〗value〖-XX/名〗 metadata tags (RQ date, BH page,
// BM edition, BT headline, TC genre) and the article in 〖ZW/正文〗.
import { collapseSpaces, joinWrappedLines } from '../../lib/corpus/clean-text';
import { toArticleBody } from '../../lib/corpus/paragraphs';
import type { LayoutParser } from '../../lib/corpus/types';

const TAG = /〖([A-Z]{2})\/[^〗]*〗([\s\S]*?)〖-\1\/[^〗]*〗/g;

function readTags(raw: string): Map<string, string> {
  return new Map([...raw.matchAll(TAG)].map((m) => [m[1]!, m[2]!.trim()]));
}

function body(tags: Map<string, string>): string[] {
  const text = tags.get('ZW');
  if (text === undefined) throw new Error('tagged article without 〖ZW/正文〗');
  return joinWrappedLines(text.split(/\r?\n/).map(collapseSpaces).filter((l) => l !== ''));
}

export const peoplesDailyTagged: LayoutParser = {
  name: 'peoples-daily-tagged',
  bodyCopies: 1,
  bodyLines: (raw) => body(readTags(raw)),
  parse(raw) {
    const tags = readTags(raw);
    const date = /^(\d{4})(\d{2})(\d{2})$/.exec(tags.get('RQ') ?? '');
    const title = tags.get('BT') ?? null;
    return {
      source: {
        publication: '人民日报',
        ...(date ? { date: `${date[1]}-${date[2]}-${date[3]}` } : {}),
        ...(tags.has('BH') ? { page: tags.get('BH')! } : {}),
        ...(tags.has('BM') ? { edition: tags.get('BM')! } : {}),
      },
      articles: [{ key: 'main', title, ...toArticleBody(body(tags), title) }],
    };
  },
};
