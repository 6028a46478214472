// The page as a citation needs it: its title, site, address and its own publication date
// (from the metadata news sites put in their head, when there is any).
import type { PageSource } from '@/lib/citation/card-copy';
import { sentenceAround, type ReadIn } from '@/lib/word-list/to-save';

const DATE_META = ['meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]'];

function publishedDate(): string | null {
  for (const selector of DATE_META) {
    const content = document.querySelector<HTMLMetaElement>(selector)?.content ?? '';
    const iso = /^\d{4}-\d{2}-\d{2}/.exec(content.trim());
    if (iso) return iso[0];
  }
  return null;
}

export function pageSource(): PageSource {
  return { title: document.title, site: location.hostname, published: publishedDate(), url: location.href };
}

/** Today as an ISO date, in the reader's own time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Where the word a card explains was read: the sentence of its text around `anchor`, this page. */
export function readInFor(anchor: Range): ReadIn {
  const node = anchor.startContainer;
  const text = node.nodeType === Node.TEXT_NODE ? (node as Text).data : '';
  const end = anchor.endContainer === node ? anchor.endOffset : text.length;
  return { sentence: sentenceAround(text, anchor.startOffset, end), title: document.title, url: location.href };
}
