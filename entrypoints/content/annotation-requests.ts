// Asking the background to annotate text: large texts go in pieces cut at block
// boundaries, so no single message or task grows with the page.
import type { AnnotateRequest, Annotations } from '@/lib/messaging/messages';
import { sendToExtension } from '@/lib/messaging/protocol';
import { BLOCK_SEPARATOR } from './text-map';

/** Characters per annotate request. */
const CHUNK_CHARS = 40_000;


export interface Chunk {
  start: number;
  text: string;
}

export function requestAnnotations(text: string, pageRelated: boolean, stage: AnnotateRequest['stage']): Promise<Annotations> {
  return sendToExtension({ type: 'annotate', text, pageRelated, stage }).then((r) => {
    if (!r.ok) throw new Error(`annotation failed: ${r.error}`);
    return r;
  });
}

/** Whether the text goes to the background in one piece. */
export const isOneChunk = (text: string) => text.length <= CHUNK_CHARS;

/** Pieces of the text, cut at block separators, with their offsets. */
export function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      const cut = text.lastIndexOf(BLOCK_SEPARATOR, end);
      if (cut > start) end = cut;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
