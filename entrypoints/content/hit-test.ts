// Which annotation is under the pointer: caret position at the point → (text node,
// offset) → the annotation containing it, confirmed against the annotation's rectangles
// (caret APIs snap to the nearest character even when the pointer is in the margin).

export interface Annotated {
  starts: Int32Array;
  ends: Int32Array;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Index of the annotation containing flat offset `at`, or -1. Annotations are sorted and disjoint. */
export function annotationAt(a: Annotated, at: number): number {
  let lo = 0;
  let hi = a.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.ends[mid]! <= at) lo = mid + 1;
    else if (a.starts[mid]! > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function pointInRange(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The character under a point, in a text node: the caret there, confirmed by the box of the character after it or before it. */
export function charAt(doc: Document, x: number, y: number): { node: Text; offset: number } | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  const range = doc.createRange();
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= node.length) continue;
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    if (pointInRange(range, x, y)) return { node, offset };
  }
  return undefined;
}
