// The text of the block a term sits in (its paragraph, list item, cell …): what the card's
// corpus paragraphs are ranked against.
import { CARD_PARAGRAPH_MAX_CHARS } from '@/lib/messaging/messages';

const BLOCKS = 'p, li, dd, dt, td, th, blockquote, figcaption, h1, h2, h3, h4, h5, h6, article, section, div';

export function paragraphAround(range: Range): string {
  const node = range.startContainer;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = element?.closest(BLOCKS) ?? element;
  return (block?.textContent ?? '').slice(0, CARD_PARAGRAPH_MAX_CHARS);
}
