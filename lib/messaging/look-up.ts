// Asking the background to look a text up, with its reply validated: the side panel's
// field now, the content script's card (a selection, the word under the pointer) next.
import { browser } from 'wxt/browser';
import { LOOK_UP_MAX_CHARS, LookUpResponseSchema, type LookUp, type LookUpResponse } from './messages';

export async function askLookUp(text: string, mode: LookUp['mode']): Promise<LookUpResponse> {
  const message: LookUp = { type: 'look-up', text: text.slice(0, LOOK_UP_MAX_CHARS), mode };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const parsed = LookUpResponseSchema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: 'the background answered something else than a look-up result' };
}
