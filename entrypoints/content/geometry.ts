// A range's line boxes in the top window's viewport: a range inside a same-origin iframe
// reports coordinates local to that frame.
import { lineBoxes, type Box } from './card-placement';

/** Where the range's frame sits in the top window's viewport ({0, 0} in the top document). */
function frameOffset(range: Range): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let view = range.startContainer.ownerDocument?.defaultView ?? null;
  while (view && view !== window && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left + view.frameElement.clientLeft;
    y += frame.top + view.frameElement.clientTop;
    view = view.parent as Window & typeof globalThis;
  }
  return { x, y };
}

/** The range's line boxes, top to bottom, in the top window's viewport. */
export function lineBoxesInTop(range: Range): Box[] {
  const { x, y } = frameOffset(range);
  return lineBoxes(range.getClientRects()).map((b) => ({ left: b.left + x, right: b.right + x, top: b.top + y, bottom: b.bottom + y }));
}

/** A point in the range's own frame, in the top window's viewport. */
export function pointInTop(range: Range, point: { x: number; y: number }): { x: number; y: number } {
  const offset = frameOffset(range);
  return { x: point.x + offset.x, y: point.y + offset.y };
}
