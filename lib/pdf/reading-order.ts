// The reading order of a PDF page from where its text sits: items → lines (one baseline,
// cut where a gap is wider than a column gap) → blocks (lines of one column, close and of
// one size) → blocks ordered by recursive XY cuts (a band across the page first, then
// columns left to right, each read top to bottom) → paragraphs (a new one at an indent or
// after a short line). Pure: boxes in, indices out.
import type { Box } from './text-box';

export interface PageItem {
  box: Box;
  text: string;
}

/** Item indices, left to right. */
type Line = number[];
export type Paragraph = Line[];

interface Extent extends Box {
  height: number;
}

interface LineExtent extends Extent {
  items: number[];
}

interface Block extends Box {
  lines: LineExtent[];
}

/** A horizontal gap wider than this many line heights separates two columns. */
const COLUMN_GAP = 1.2;
/** Lines further apart than this many line heights are separate blocks. */
const BLOCK_GAP = 0.8;
/** Two lines of one block differ in size by less than this ratio. */
const SIZE_RATIO = 1.3;
/** An indent of this many line heights starts a paragraph, as does a line ending this many short. */
const INDENT = 0.8;
const SHORT = 1.5;

const heightOf = (b: Box) => b.bottom - b.top;
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0);

function extentOf(boxes: readonly Box[]): Extent {
  const e = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const b of boxes) {
    e.left = Math.min(e.left, b.left);
    e.top = Math.min(e.top, b.top);
    e.right = Math.max(e.right, b.right);
    e.bottom = Math.max(e.bottom, b.bottom);
  }
  return { ...e, height: e.bottom - e.top };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/** Items sharing a baseline, cut into lines at column-wide gaps. Blank items join a line they sit in. */
function linesOf(items: readonly PageItem[]): LineExtent[] {
  const ids = items.map((_, i) => i).filter((i) => items[i]!.text.trim() !== '' && heightOf(items[i]!.box) > 0);
  ids.sort((a, b) => items[a]!.box.top - items[b]!.box.top || items[a]!.box.left - items[b]!.box.left);
  const rows: { top: number; bottom: number; items: number[] }[] = [];
  for (const i of ids) {
    const box = items[i]!.box;
    const row = rows.findLast((r) => overlap(r.top, r.bottom, box.top, box.bottom) >= 0.5 * Math.min(r.bottom - r.top, heightOf(box)));
    if (row) {
      row.items.push(i);
      row.top = Math.min(row.top, box.top);
      row.bottom = Math.max(row.bottom, box.bottom);
    } else rows.push({ top: box.top, bottom: box.bottom, items: [i] });
  }
  const lines: LineExtent[] = [];
  for (const row of rows) {
    row.items.sort((a, b) => items[a]!.box.left - items[b]!.box.left);
    const gap = COLUMN_GAP * median(row.items.map((i) => heightOf(items[i]!.box)));
    let current: number[] = [];
    let right = -Infinity;
    const flush = () => {
      if (current.length > 0) lines.push({ ...extentOf(current.map((i) => items[i]!.box)), items: current });
      current = [];
    };
    for (const i of row.items) {
      const box = items[i]!.box;
      if (current.length > 0 && box.left - right > gap) flush();
      current.push(i);
      right = Math.max(right, box.right);
    }
    flush();
  }
  // Blank items (spaces the PDF placed as their own runs) go into the line they sit in.
  for (let i = 0; i < items.length; i++) {
    const { box, text } = items[i]!;
    if (text === '' || text.trim() !== '') continue;
    const line = lines.find((l) => box.left >= l.left && box.right <= l.right + l.height && overlap(l.top, l.bottom, box.top, box.bottom) > 0);
    if (line) {
      line.items.push(i);
      line.items.sort((a, b) => items[a]!.box.left - items[b]!.box.left);
    }
  }
  return lines;
}

/** Lines of one column: each joins the block just above it that it overlaps most. */
function blocksOf(lines: LineExtent[]): Block[] {
  const blocks: Block[] = [];
  for (const line of [...lines].sort((a, b) => a.top - b.top || a.left - b.left)) {
    let best: Block | undefined;
    let bestOverlap = 0;
    for (const block of blocks) {
      const last = block.lines.at(-1)!;
      const ratio = Math.max(last.height, line.height) / Math.min(last.height, line.height);
      if (ratio > SIZE_RATIO || line.top - last.bottom > BLOCK_GAP * line.height || line.top < last.bottom - 0.5 * line.height) continue;
      const shared = overlap(block.left, block.right, line.left, line.right);
      if (shared > 0.5 * Math.min(block.right - block.left, line.right - line.left) && shared > bestOverlap) {
        best = block;
        bestOverlap = shared;
      }
    }
    if (best) {
      best.lines.push(line);
      best.left = Math.min(best.left, line.left);
      best.right = Math.max(best.right, line.right);
      best.bottom = Math.max(best.bottom, line.bottom);
    } else blocks.push({ left: line.left, top: line.top, right: line.right, bottom: line.bottom, lines: [line] });
  }
  return blocks;
}

/** Groups separated by a gap along one axis, in order; one group if there is no gap. */
function cut(blocks: Block[], start: (b: Block) => number, end: (b: Block) => number): Block[][] {
  const sorted = [...blocks].sort((a, b) => start(a) - start(b));
  const groups: Block[][] = [];
  let reach = -Infinity;
  for (const block of sorted) {
    if (groups.length === 0 || start(block) >= reach) groups.push([]);
    groups.at(-1)!.push(block);
    reach = Math.max(reach, end(block));
  }
  return groups;
}

/** XY cut: bands across the page top to bottom; within a band, columns left to right. */
function ordered(blocks: Block[]): Block[] {
  if (blocks.length <= 1) return blocks;
  const bands = cut(
    blocks,
    (b) => b.top,
    (b) => b.bottom,
  );
  if (bands.length > 1) return bands.flatMap(ordered);
  const columns = cut(
    blocks,
    (b) => b.left,
    (b) => b.right,
  );
  if (columns.length > 1) return columns.flatMap(ordered);
  return [...blocks].sort((a, b) => a.top - b.top || a.left - b.left);
}

function paragraphsOf(block: Block): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  block.lines.forEach((line, i) => {
    const previous = block.lines[i - 1];
    const indented = line.left - block.left > INDENT * line.height;
    const afterShort = previous !== undefined && block.right - previous.right > SHORT * previous.height;
    if (!previous || indented || afterShort) paragraphs.push([]);
    paragraphs.at(-1)!.push(line.items);
  });
  return paragraphs;
}

export function readingOrder(items: readonly PageItem[]): Paragraph[] {
  return ordered(blocksOf(linesOf(items))).flatMap(paragraphsOf);
}
