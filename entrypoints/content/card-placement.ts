// Where the card goes: beside the term's own line box, below it or above it, never over the
// line being read; its height capped to the space on that side (its body then scrolls).
// Pure arithmetic on rectangles, so it is the same in every browser and tested in Node.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height limit, or undefined when it fits whole. */
  maxHeight: number | undefined;
  side: 'below' | 'above';
}

/** Gap between the line and the card, and the margin kept from the viewport's edges. */
const GAP = 6;
const PAD = 8;

/**
 * A range's line boxes, top to bottom: its client rectangles merged per line (a range across
 * inline elements reports several rectangles on one line; empty ones carry no text).
 */
export function lineBoxes(rects: Iterable<Box>): Box[] {
  const lines: Box[] = [];
  const sorted = [...rects].filter((r) => r.right > r.left && r.bottom > r.top).sort((a, b) => a.top - b.top || a.left - b.left);
  for (const r of sorted) {
    const line = lines.find((l) => (r.top + r.bottom) / 2 > l.top && (r.top + r.bottom) / 2 < l.bottom);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return lines;
}

/** The line box under the pointer (the nearest one vertically), or the first without a pointer. */
export function lineIndexAt(lines: readonly Box[], y?: number): number {
  if (y === undefined) return 0;
  let best = 0;
  let distance = Infinity;
  lines.forEach((l, i) => {
    const d = y < l.top ? l.top - y : y > l.bottom ? y - l.bottom : 0;
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}

/** Places a card of `size` next to `line` in a viewport of `viewport`. */
export function placeCard(line: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - PAD - (line.bottom + GAP);
  const above = line.top - GAP - PAD;
  const side = size.height <= below || (size.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const left = Math.max(PAD, Math.min(line.left, viewport.width - PAD - size.width));
  return {
    left,
    top: side === 'below' ? line.bottom + GAP : line.top - GAP - height,
    maxHeight: size.height > room ? room : undefined,
    side,
  };
}

/** The line is out of the viewport (scrolled away): a card that follows it closes. */
export function outOfView(line: Box, viewport: { width: number; height: number }): boolean {
  return line.bottom <= 0 || line.top >= viewport.height || line.right <= 0 || line.left >= viewport.width;
}
