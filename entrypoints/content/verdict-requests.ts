// Asking the background for the page's verdict (lib/detect/page-verdict.ts): from the text we
// collected anyway; only a borderline page has its main article read here (Readability needs
// the DOM) and sent to be judged.
import type { Detection } from '@/lib/detect';
import { READ_MAX_CHARS } from '@/lib/detect/page-verdict';
import type { Annotations, DetectArticleRequest, DetectRequest } from '@/lib/messaging/messages';
import { sendToExtension } from '@/lib/messaging/protocol';
import { extractMainText } from '@/lib/extract/main-text';
import { task } from './work';

async function ask(request: DetectRequest | DetectArticleRequest) {
  const reply = await sendToExtension(request);
  if (!reply.ok) throw new Error(`detection failed: ${reply.error}`);
  return reply;
}

/**
 * The page's verdict and, when `fast` is given (the text is one annotate chunk and the page will
 * be annotated if related, or whatever the verdict), the text's fast matches when they came with it.
 */
export async function requestVerdict(doc: Document, text: string, fast?: DetectRequest['fast']): Promise<{ verdict: Detection; fast?: Annotations }> {
  const truncated = text.length > READ_MAX_CHARS;
  const first = await ask({ type: 'detect', title: doc.title, text: truncated ? text.slice(0, READ_MAX_CHARS) : text, truncated, ...(fast && !truncated ? { fast } : {}) });
  if ('verdict' in first) return first.fast ? { verdict: first.verdict, fast: first.fast } : { verdict: first.verdict };
  const article = task('main text', () => extractMainText(doc));
  const second = await ask({ type: 'detect-article', ...article });
  if (!('verdict' in second)) throw new Error('detection: the article gave no verdict');
  return { verdict: second.verdict };
}
