// Rectangles of a range in the top window's viewport: a range inside a same-origin iframe
// reports coordinates local to that frame.
export function rectInTop(range: Range): DOMRect {
  const r = range.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let view = range.startContainer.ownerDocument?.defaultView ?? null;
  while (view && view !== window && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left + view.frameElement.clientLeft;
    y += frame.top + view.frameElement.clientTop;
    view = view.parent as Window & typeof globalThis;
  }
  return new DOMRect(x, y, r.width, r.height);
}
