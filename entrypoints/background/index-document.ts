// What the side panel needs of jieba — a document to save indexed, texts to compare cut into
// words — from the extension's one jieba (the one that annotates pages), so the panel never
// loads a second copy of its 4 MB.
import { glossary } from '@/lib/glossary/data';
import { createMatcher, type Matcher } from '@/lib/glossary/matcher';
import type { IndexDocumentReply, IndexDocumentRequest, TokenizeReply, TokenizeRequest } from '@/lib/messaging/messages';
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

export async function tokenizeForPanel(request: TokenizeRequest): Promise<TokenizeReply> {
  try {
    matcher ??= createMatcher(glossary.matcher);
    const segmenter = await getSegmenter(matcher.userWords);
    return { ok: true, words: request.texts.map((text) => segmenter.tokenize(text).map((t) => t.word)) };
  } catch (err) {
    console.error('[Treaty Lens] tokenizing failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
