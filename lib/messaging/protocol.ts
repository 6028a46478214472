// The one way to send a message between the extension's contexts: every message type has
// the schema of its reply, the message is checked before it leaves and the reply where it
// arrives. A malformed or oversized reply is warned about and rejected, never used.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import {
  AnnotateResponseSchema,
  CardCorpusReplySchema,
  DetectReplySchema,
  IndexDocumentReplySchema,
  LookUpAtResponseSchema,
  LookUpResponseSchema,
  MainTextReplySchema,
  MessageSchema,
  OpenPanelReplySchema,
  PageStateSchema,
  SaveWordResponseSchema,
  TooltipEntriesReplySchema,
  TokenizeReplySchema,
  type Message,
} from './messages';

const REPLIES = {
  annotate: AnnotateResponseSchema,
  'tooltip-entries': TooltipEntriesReplySchema,
  detect: DetectReplySchema,
  'detect-article': DetectReplySchema,
  'index-document': IndexDocumentReplySchema,
  tokenize: TokenizeReplySchema,
  'look-up': LookUpResponseSchema,
  'look-up-at': LookUpAtResponseSchema,
  'save-word': SaveWordResponseSchema,
  'card-corpus': CardCorpusReplySchema,
  'open-panel': OpenPanelReplySchema,
  'get-page-state': PageStateSchema,
  'annotate-page': PageStateSchema,
  'reveal-term': z.boolean(),
  'look-up-selection': z.boolean(),
  /** A report: the background acknowledges nothing. */
  'page-state': z.undefined(),
  'get-main-text': MainTextReplySchema,
} satisfies Record<Message['type'], z.ZodMiniType>;

export type ReplyTo<T extends Message['type']> = z.infer<(typeof REPLIES)[T]>;

/** A reply that did not match its schema: the sender treats it as no answer. */
export class MalformedReply extends Error {
  constructor(
    type: string,
    /** What came, for a sender that explains a refusal (never used as data). */
    readonly raw: unknown,
  ) {
    super(`malformed reply to ${type}`);
  }
}

function checked<M extends Message>(message: M): M {
  const parsed = MessageSchema.safeParse(message);
  if (!parsed.success) throw new TypeError(`[Treaty Lens] refusing to send a malformed ${message.type} message`);
  return message;
}

function reply<T extends Message['type']>(type: T, raw: unknown): ReplyTo<T> {
  const parsed = REPLIES[type].safeParse(raw);
  if (parsed.success) return parsed.data as ReplyTo<T>;
  console.warn(`[Treaty Lens] rejected a malformed reply to ${type}`);
  throw new MalformedReply(type, raw);
}

/** To the background (and any open extension page). */
export async function sendToExtension<M extends Message>(message: M): Promise<ReplyTo<M['type']>> {
  return reply<M['type']>(message.type, await browser.runtime.sendMessage(checked(message)));
}

/** To the content script in a tab's top frame. Rejects when there is none. */
export async function sendToTab<M extends Message>(tabId: number, message: M): Promise<ReplyTo<M['type']>> {
  return reply<M['type']>(message.type, await browser.tabs.sendMessage(tabId, checked(message)));
}
