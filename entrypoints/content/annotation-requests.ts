// Asking the background to annotate text: large texts go in pieces cut at block
// boundaries, so no single message or task grows with the page.
import { browser } from 'wxt/browser';
import type { AnnotateRequest, AnnotateResponse } from '@/lib/messaging/messages';
import { BLOCK_SEPARATOR } from './text-map';

/** Characters per annotate request. */
const CHUNK_CHARS = 40_000;

export type Annotations = Extract<AnnotateResponse, { ok: true }>;

export interface Chunk {
  start: number;
  text: string;
}

export function requestAnnotations(text: string, pageRelated: boolean, stage: AnnotateRequest['stage']): Promise<Annotations> {
  const request: AnnotateRequest = { type: 'annotate', text, pageRelated, stage };
  return browser.runtime.sendMessage(request).then((response: unknown) => {
    const r = response as AnnotateResponse | undefined;
    if (!r || !r.ok) throw new Error(`annotation failed: ${r ? r.error : 'no answer from the background'}`);
    return r;
  });
}

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
