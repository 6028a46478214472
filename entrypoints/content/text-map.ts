// The page's readable text as flat strings with an exact map back to (node, offset), so a
// term split across elements (<b>亚</b>信), a <br> or spaced characters becomes one Range.
// The walk enters open shadow roots and same-origin iframes, and skips what a reader does
// not see or is typing: scripts, styles, hidden content, form fields, contenteditable.
import { BLOCK_ELEMENTS } from '@/lib/text/block-elements';

const SKIP = new Set(['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'svg', 'canvas', 'object', 'code', 'pre', 'treaty-lens-ui', 'head', 'title']);

/** Between blocks: not whitespace, so normalisation never joins a term across it. */
export const BLOCK_SEPARATOR = '\u001e';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] = offset in text of nodes[i]'s first character; ascending. */
  starts: number[];
}

const END_BLOCK = Symbol('end of block');
type Item = Node | typeof END_BLOCK;

/** Walks a subtree in steps (see work.ts), building its TextMap. */
export class TextCollector {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly stack: Item[];
  private readonly visible = new Map<Element, boolean>();
  private length = 0;
  private pendingBreak = false; // a block boundary since the last text
  private pendingLine = false; // a <br> since the last text: joinable, like a hard wrap

  constructor(root: Node) {
    this.stack = [root];
  }

  /** Walks until done (true) or past the deadline (false). */
  step(deadline: number): boolean {
    let n = 0;
    while (this.stack.length > 0) {
      if ((++n & 63) === 0 && performance.now() > deadline) return false;
      this.visit(this.stack.pop()!);
    }
    return true;
  }

  result(): TextMap {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }

  private visit(item: Item): void {
    if (item === END_BLOCK) {
      this.pendingBreak = true;
      return;
    }
    if (item.nodeType === Node.TEXT_NODE) {
      this.addText(item as Text);
      return;
    }
    if (item.nodeType !== Node.ELEMENT_NODE && item.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && item.nodeType !== Node.DOCUMENT_NODE) return;
    const el = item as Element;
    const tag = el.nodeType === Node.ELEMENT_NODE ? el.localName : '';
    if (tag) {
      if (SKIP.has(tag) || el.hasAttribute('hidden') || (el as HTMLElement).isContentEditable) {
        this.pendingBreak = true;
        return;
      }
      if (tag === 'br') {
        this.pendingLine = true;
        return;
      }
      if (BLOCK_ELEMENTS.has(tag)) {
        this.pendingBreak = true;
        this.stack.push(END_BLOCK);
      }
      if (tag === 'iframe') {
        const inner = sameOriginBody(el as HTMLIFrameElement);
        if (inner) this.stack.push(inner);
        return;
      }
    }
    // An open shadow root is what is rendered; slotted light children show through it, so
    // both are read (light children first, as they usually come first in the slots).
    const shadow = el.shadowRoot;
    if (shadow) this.stack.push(shadow);
    for (let child = el.lastChild; child; child = child.previousSibling) this.stack.push(child);
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0 || !this.isVisible(node.parentElement)) return;
    if ((this.pendingBreak || this.pendingLine) && this.length > 0) {
      this.parts.push(this.pendingBreak ? BLOCK_SEPARATOR : '\n');
      this.length += 1;
    }
    this.pendingBreak = this.pendingLine = false;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** display:none / visibility:hidden, asked once per parent element. */
  private isVisible(el: Element | null): boolean {
    if (!el) return true;
    let v = this.visible.get(el);
    if (v === undefined) {
      // Not in every DOM (linkedom in the unit tests).
      v = typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
      this.visible.set(el, v);
    }
    return v;
  }
}

function sameOriginBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null; // null or a throw for cross-origin frames
  } catch {
    return null;
  }
}

/** Index of the node containing flat offset `at` (the last node starting at or before it). */
export function nodeIndexAt(map: TextMap, at: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rangeFor(map: TextMap, start: number, end: number): Range | undefined {
  if (map.nodes.length === 0 || end <= start) return undefined;
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const startNode = map.nodes[a]!;
  const endNode = map.nodes[b]!;
  // A term never spans two documents or shadow trees: block separators keep them apart.
  if (startNode.getRootNode() !== endNode.getRootNode()) return undefined;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(start - map.starts[a]!, startNode.length));
  range.setEnd(endNode, Math.min(end - map.starts[b]!, endNode.length));
  return range;
}
