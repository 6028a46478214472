// The speech-database page (习近平系列重要讲话数据库): keyword header, database name, title,
// 发布时间, then the body printed twice, sometimes with a 《人民日报》 trailer between copies.
import { collapseSpaces, joinWrappedLines } from '../../lib/corpus/clean-text';
import { isoDate } from '../../lib/corpus/cn-date';
import { toArticleBody } from '../../lib/corpus/paragraphs';
import type { LayoutParser, ParsedArticle, PrintedSource } from '../../lib/corpus/types';

const DATABASE = '习近平系列重要讲话数据库';
const PUBLISHED = /^发布时间：(\d{4}-\d{2}-\d{2})$/;
const TRAILER = /^《\s*(\S+?)\s*》（\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\S+)\s*版\s*）$/;
const PHOTO_CREDIT = /摄$/;
// A photo caption sits above the article: at most this many lines before its credit.
const MAX_CAPTION_LINES = 3;

interface Page {
  header: string[];
  published: string;
  trailer: RegExpExecArray | null;
  /** Body lines, blank lines dropped, every copy. */
  body: string[];
}

function readPage(raw: string): Page {
  const lines = raw.split(/\r?\n/).map(collapseSpaces);
  const end = lines.findIndex((l) => PUBLISHED.test(l));
  if (end < 0) throw new Error('speech-database page without a 发布时间 line');
  const rest = lines.slice(end + 1).filter((l) => l !== '');
  return {
    header: lines.slice(0, end + 1).filter((l) => l !== ''),
    published: PUBLISHED.exec(lines[end]!)![1]!,
    trailer: rest.map((l) => TRAILER.exec(l)).find((m) => m !== null) ?? null,
    body: rest.filter((l) => !TRAILER.test(l)),
  };
}

/** The two copies of the body, or null when the body is not printed exactly twice. */
function copies(body: readonly string[]): [string[], string[]] | null {
  const half = body.length / 2;
  const first = body.slice(0, half);
  const second = body.slice(half);
  return Number.isInteger(half) && first.every((l, i) => l === second[i]) ? [first, second] : null;
}

function source(page: Page): PrintedSource {
  if (!page.trailer) return { publication: DATABASE, date: page.published };
  const [, publication, y, m, d, pageNo] = page.trailer as unknown as string[];
  return { publication: publication!, page: pageNo!, date: isoDate(Number(y), Number(m), Number(d)) };
}

/** Splits a photo caption (lines up to a …摄 credit) off the top of the article. */
function splitCaption(body: string[], title: string): ParsedArticle[] {
  const credit = body.findIndex((l) => PHOTO_CREDIT.test(l));
  const hasCaption = credit > 0 && credit <= MAX_CAPTION_LINES;
  const articleLines = hasCaption ? body.slice(credit + 1) : body;
  const article: ParsedArticle = { key: 'main', title, ...toArticleBody(articleLines, title) };
  if (!hasCaption) return [article];
  const caption: ParsedArticle = {
    key: 'caption',
    title: null,
    byline: body[credit]!,
    paragraphs: body.slice(0, credit).map((text) => ({ kind: 'paragraph', text })),
    signatories: [],
  };
  return [caption, article];
}

export const speechDatabase: LayoutParser = {
  name: 'speech-database',
  bodyCopies: 2,
  bodyLines(raw) {
    const { body } = readPage(raw);
    return (copies(body) ?? [body]).flatMap(joinWrappedLines);
  },
  parse(raw) {
    const page = readPage(raw);
    const both = copies(page.body);
    if (!both) throw new Error('speech-database page whose body is not printed exactly twice');
    const at = page.header.indexOf(DATABASE);
    const title = at < 0 ? undefined : page.header[at + 1];
    if (title === undefined || PUBLISHED.test(title)) throw new Error('speech-database page without a title');
    return { source: source(page), articles: splitCaption(joinWrappedLines(both[0]), title) };
  },
};
