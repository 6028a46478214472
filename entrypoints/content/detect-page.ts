// Page detection in the content script: the same detect() as the command-line tool. Its
// input is the page's main article (Readability), except where the whole page's text
// already decides, because Readability costs tens of milliseconds:
// - the main text is a subset of the whole text, so if the whole page shows no more than
//   incidental evidence (score 0), the main text cannot show more;
// - huge pages (a book, a long archive) are judged on their first READ_MAX_CHARS
//   characters, which keeps detection one short task and such pages are no article.
// Strong whole-page evidence is no shortcut: a fixture whose navigation lists SCO topics
// scores 0.96 on the whole page and 0 on its article (see the test).
import { detect, type Detection } from '@/lib/detect';
import { extractMainText } from '@/lib/extract/main-text';

const READ_MAX_CHARS = 200_000;

export function detectPage(doc: Document, pageText: string): Detection {
  const huge = pageText.length > READ_MAX_CHARS;
  const quick = detect({ title: doc.title, text: huge ? pageText.slice(0, READ_MAX_CHARS) : pageText });
  if (huge || quick.score === 0) return quick;
  return detect(extractMainText(doc));
}
