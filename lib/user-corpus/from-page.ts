// Turns a page's extracted main text into a user document, cleaned the way the bundled
// sources are (spacing collapsed, site furniture dropped, wrapped lines rejoined, headings
// and the signature block recognised), or says why the page cannot be saved.
import { findChrome } from '../corpus/chrome';
import { collapseSpaces, joinWrappedLines } from '../corpus/clean-text';
import { isHeading, toArticleBody, type ArticleBody } from '../corpus/paragraphs';
import { userDocumentId } from './document-id';
import { MAX_DOCUMENT_CHARS, MAX_TITLE_CHARS, MIN_HAN_CHARS, type UserDocument } from './schema';
import { countHan } from '../text/han';

export interface PageText {
  url: string;
  title: string;
  text: string;
}

export type PageProblem =
  | { code: 'empty' }
  | { code: 'no-chinese'; hanChars: number }
  | { code: 'too-large'; chars: number; max: number };

export type FromPageResult = { ok: true; doc: UserDocument } | { ok: false; problem: PageProblem };


function bodyOf(lines: readonly string[], title: string): ArticleBody {
  try {
    return toArticleBody(lines, title);
  } catch {
    // An unreadable signature block (a page is not a treaty): keep the lines as prose.
    return { paragraphs: lines.map((text) => ({ kind: isHeading(text, title) ? 'heading' : 'paragraph', text })), signatories: [] };
  }
}

export function userDocumentFromPage(page: PageText, savedAt: string): FromPageResult {
  // Checked on the raw text, before any work on it.
  if (page.text.length > MAX_DOCUMENT_CHARS) {
    return { ok: false, problem: { code: 'too-large', chars: page.text.length, max: MAX_DOCUMENT_CHARS } };
  }
  const lines = joinWrappedLines(
    page.text
      .split('\n')
      .map(collapseSpaces)
      .filter((line) => line !== '' && findChrome(line).length === 0),
  );
  if (lines.length === 0) return { ok: false, problem: { code: 'empty' } };
  const hanChars = lines.reduce((n, line) => n + countHan(line), 0);
  if (hanChars < MIN_HAN_CHARS) return { ok: false, problem: { code: 'no-chinese', hanChars } };

  const title = (collapseSpaces(page.title) || lines[0]!).slice(0, MAX_TITLE_CHARS);
  const body = bodyOf(lines, title);
  return {
    ok: true,
    doc: {
      id: userDocumentId(page.url, page.text),
      kind: 'saved-page',
      title,
      url: page.url,
      savedAt,
      date: body.signedAt?.date ?? null,
      place: body.signedAt?.place ?? null,
      signatories: body.signatories,
      paragraphs: body.paragraphs.map((p, i) => ({ id: `p${i + 1}`, ...p })),
    },
  };
}
