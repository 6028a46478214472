// Whether an offset falls inside a grapheme cluster (UAX #29): before a combining mark, a
// spacing mark, a zero-width joiner, a variation selector or an emoji modifier (all of which
// attach to the character before them), or between the halves of a surrogate pair. A
// highlight that started or ended there would cut a character the reader sees as one.
const ATTACHES_TO_PREVIOUS = /^[\p{Grapheme_Extend}\p{Mc}\u200d\u{1f3fb}-\u{1f3ff}]/u;

export function insideCluster(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff && /[\ud800-\udbff]/.test(text[offset - 1]!)) return true;
  return ATTACHES_TO_PREVIOUS.test(text.slice(offset, offset + 2));
}
