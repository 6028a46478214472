// Asking the background to look a text up: the side panel's field, and the card (a selection,
// a glossary term's dictionary words). A failure is an answer, not a throw.
import { LOOK_UP_MAX_CHARS, type LookUp, type LookUpResponse } from './messages';
import { sendToExtension } from './protocol';

export async function askLookUp(text: string, mode: LookUp['mode']): Promise<LookUpResponse> {
  try {
    return await sendToExtension({ type: 'look-up', text: text.slice(0, LOOK_UP_MAX_CHARS), mode });
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
