// The annotations on a page, as segments: the first pass makes one segment per chunk of
// page text; each later mutation adds segments for the blocks that changed. Segments know
// their text nodes, so hover and removal need no search over the whole page.
import type { TextMap } from './text-map';
import { annotationAt } from './hit-test';

export interface Segment {
  map: TextMap;
  starts: Int32Array;
  ends: Int32Array;
  entryIds: string[];
  /** The highlighted range of each annotation; undefined when not shown or removed. */
  ranges: (Range | undefined)[];
  categories: string[];
}

export interface Located {
  segment: Segment;
  index: number;
}

export class AnnotatedPage {
  private segments: Segment[] = [];
  /** Each text node's segment and its index in the segment's map. */
  private readonly owner = new WeakMap<Text, [Segment, number]>();

  /** Adds a segment owning map.nodes[from, to). */
  add(segment: Segment, from: number, to: number): void {
    this.segments.push(segment);
    for (let i = from; i < to; i++) this.owner.set(segment.map.nodes[i]!, [segment, i]);
  }

  /** The shown annotation at a text position, if any. */
  at(node: Node, offset: number): Located | undefined {
    const owned = this.owner.get(node as Text);
    if (!owned) return undefined;
    const [segment, i] = owned;
    const index = annotationAt(segment, segment.map.starts[i]! + offset);
    return index >= 0 && segment.ranges[index] ? { segment, index } : undefined;
  }

  /** Every shown annotation, in page order. */
  shown(): Located[] {
    const out: Located[] = [];
    for (const segment of this.segments) {
      segment.ranges.forEach((range, index) => {
        if (range) out.push({ segment, index });
      });
    }
    return out;
  }

  /** Removes (and reports) shown annotations matching a test; drops emptied segments. */
  remove(test: (range: Range) => boolean, onRemove: (range: Range, category: string, entryId: string) => void): void {
    for (const segment of this.segments) {
      segment.ranges.forEach((range, i) => {
        if (range && test(range)) {
          onRemove(range, segment.categories[i]!, segment.entryIds[i]!);
          segment.ranges[i] = undefined;
        }
      });
    }
    this.segments = this.segments.filter((s) => s.ranges.some((r) => r !== undefined));
  }
}
