// Asking the background for the page's verdict (lib/detect/page-verdict.ts): from the text we
// collected anyway; only a borderline page has its main article read here (Readability needs
// the DOM) and sent to be judged.
import { browser } from 'wxt/browser';
import type { Detection } from '@/lib/detect';
import { READ_MAX_CHARS } from '@/lib/detect/page-verdict';
import { DetectReplySchema, type DetectArticleRequest, type DetectRequest } from '@/lib/messaging/messages';
import { extractMainText } from '@/lib/extract/main-text';
import { task } from './work';

async function ask(request: DetectRequest | DetectArticleRequest) {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const reply = DetectReplySchema.safeParse(raw);
  if (!reply.success) throw new Error('detection: no valid answer from the background');
  if (!reply.data.ok) throw new Error(`detection failed: ${reply.data.error}`);
  return reply.data;
}

export async function requestVerdict(doc: Document, text: string): Promise<Detection> {
  const truncated = text.length > READ_MAX_CHARS;
  const first = await ask({ type: 'detect', title: doc.title, text: truncated ? text.slice(0, READ_MAX_CHARS) : text, truncated });
  if ('verdict' in first) return first.verdict;
  const article = task('main text', () => extractMainText(doc));
  const second = await ask({ type: 'detect-article', ...article });
  if (!('verdict' in second)) throw new Error('detection: the article gave no verdict');
  return second.verdict;
}
