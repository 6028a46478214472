// Indexes a document the side panel is saving, with the extension's one jieba (the one that
// annotates pages), so the panel never loads a second copy of its 4 MB.
import { glossary } from '@/lib/glossary/data';
import { createMatcher, type Matcher } from '@/lib/glossary/matcher';
import type { IndexDocumentReply, IndexDocumentRequest } from '@/lib/messaging/messages';
import { indexDocument } from '@/lib/user-corpus/record';
import { getJieba, getSegmenter } from './segmenter';

let matcher: Matcher | undefined;

export async function indexForPanel(request: IndexDocumentRequest): Promise<IndexDocumentReply> {
  try {
    matcher ??= createMatcher(glossary.matcher);
    const segmenter = await getSegmenter(matcher.userWords);
    const index = indexDocument({ title: request.title, paragraphs: request.paragraphs.map((text) => ({ text })) }, { jieba: getJieba(), segmenter, matcher });
    return { ok: true, ...index };
  } catch (err) {
    console.error('[Treaty Lens] indexing a document failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
