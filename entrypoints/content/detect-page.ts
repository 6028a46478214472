// Page detection in the content script: the same detect() as the command-line tool, on the
// page's main article. Readability costs milliseconds, so a pass over the whole page's
// text comes first: the main text is a subset of it, so if the whole page shows no more
// than incidental evidence (score 0), the main text cannot show more, and we stop there.
// Huge pages (a book, a long archive) are judged on their whole text: Readability over a
// million characters would block the page for a long task, and such pages are no article.
const READABILITY_MAX_CHARS = 200_000;
import { detect, type Detection } from '@/lib/detect';
import { extractMainText } from '@/lib/extract/main-text';

export function detectPage(doc: Document, pageText: string): Detection {
  const quick = detect({ title: doc.title, text: pageText });
  if (quick.score === 0 || pageText.length > READABILITY_MAX_CHARS) return quick;
  return detect(extractMainText(doc));
}
