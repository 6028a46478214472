// Whether an offset falls inside a grapheme cluster (UAX #29): before a combining mark, a
// spacing mark, a zero-width joiner, a variation selector or an emoji modifier (all of which
// attach to the character before them), or between the halves of a surrogate pair. A
// highlight that started or ended there would cut a character the reader sees as one.
// (Emoji modifiers are a property of their own: in one class with the rest the linter reads them as modified emoji.)
const ATTACHES_TO_PREVIOUS = /^(?:[\p{Grapheme_Extend}\p{Mc}\u200d]|\p{Emoji_Modifier})/u;

export function insideCluster(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff && /[\ud800-\udbff]/.test(text[offset - 1]!)) return true;
  return ATTACHES_TO_PREVIOUS.test(text.slice(offset, offset + 2));
}
