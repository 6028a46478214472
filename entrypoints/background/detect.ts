// Answers the content script's detection requests: the verdict costs the page nothing here,
// and for a page that will be annotated the first stage's matches come with it.
import { detect } from '@/lib/detect';
import { wholePageVerdict } from '@/lib/detect/page-verdict';
import type { DetectArticleRequest, DetectReply, DetectRequest } from '@/lib/messaging/messages';
import { annotate } from './annotate';

function answer(judge: () => DetectReply): DetectReply {
  try {
    return judge();
  } catch (err) {
    console.error('[Treaty Lens] detection failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export async function detectText(request: DetectRequest): Promise<DetectReply> {
  const reply = answer(() => {
    const verdict = wholePageVerdict({ title: request.title, text: request.text }, request.truncated);
    return verdict ? { ok: true, verdict } : { ok: true, needsArticle: true };
  });
  if (!('verdict' in reply) || !(request.fast === 'always' || (request.fast === 'if-related' && reply.verdict.related))) return reply;
  // The page will be annotated: its fast matches come in this reply, not after another round trip.
  const fast = await annotate({ type: 'annotate', text: request.text, pageRelated: reply.verdict.related, stage: 'fast' });
  return fast.ok ? { ...reply, fast } : reply;
}

export function detectArticle(request: DetectArticleRequest): DetectReply {
  return answer(() => ({ ok: true, verdict: detect({ title: request.title, text: request.text }) }));
}
