// The word under the pointer is looked up in the background, which has jieba and the
// dictionary: it is sent with the text around it (a few dozen characters of its text node,
// enough for any word and for jieba to cut it as in its sentence), never the page.
import { LOOK_UP_AT_MAX_CHARS } from '@/lib/messaging/messages';

/** Characters sent on each side of the pointer's character. */
const AROUND = (LOOK_UP_AT_MAX_CHARS >> 2) - 10;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The text around `offset` of `data`, not splitting a character; `from` is where it starts in `data`. */
export function textAround(data: string, offset: number): { text: string; offset: number; from: number } {
  let from = Math.max(0, offset - AROUND);
  if (from > 0 && isLowSurrogate(data.charCodeAt(from))) from--;
  let to = Math.min(data.length, offset + AROUND + 1);
  if (to < data.length && isLowSurrogate(data.charCodeAt(to))) to++;
  return { text: data.slice(from, to), offset: offset - from, from };
}
