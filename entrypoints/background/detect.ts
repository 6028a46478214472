// Answers the content script's detection requests: the verdict costs the page nothing here.
import { detect } from '@/lib/detect';
import { wholePageVerdict } from '@/lib/detect/page-verdict';
import type { DetectArticleRequest, DetectReply, DetectRequest } from '@/lib/messaging/messages';

function answer(judge: () => DetectReply): DetectReply {
  try {
    return judge();
  } catch (err) {
    console.error('[Treaty Lens] detection failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export function detectText(request: DetectRequest): DetectReply {
  return answer(() => {
    const verdict = wholePageVerdict({ title: request.title, text: request.text }, request.truncated);
    return verdict ? { ok: true, verdict } : { ok: true, needsArticle: true };
  });
}

export function detectArticle(request: DetectArticleRequest): DetectReply {
  return answer(() => ({ ok: true, verdict: detect({ title: request.title, text: request.text }) }));
}
