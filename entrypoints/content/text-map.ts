// The page's readable text as one flat string, with an exact map back to (node, offset):
// a term split across elements (<b>亚</b>信) or a line break becomes one Range.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'TREATY-LENS-UI']);
// Elements that end a run of text: no term may match across them.
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'HR', 'FORM', 'BUTTON', 'LABEL', 'BODY']);

/** Between blocks: not whitespace, so normalisation never joins a term across it. */
export const BLOCK_SEPARATOR = '\u001e';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] = offset in text of nodes[i]'s first character; ascending. */
  starts: number[];
}

function skipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return (el as HTMLElement).isContentEditable === true && el.getAttribute('contenteditable') !== null;
}

function closestBlock(el: Element | null): Element | null {
  while (el && !BLOCK.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

export function collectText(root: Node): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false; // a block boundary since the last text
  let pendingLine = false; // a <br> since the last text: joinable, like a hard wrap
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (skipped(el)) {
        pendingBreak = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (el.tagName === 'BR') pendingLine = true;
      else if (el.tagName === 'HR') pendingBreak = true;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let prevBlock: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    if (data.length === 0) continue;
    // Entering or leaving a block between two texts ends the run.
    const block = closestBlock(node.parentElement);
    if (block !== prevBlock) pendingBreak = true;
    prevBlock = block;
    if ((pendingBreak || pendingLine) && length > 0) {
      parts.push(pendingBreak ? BLOCK_SEPARATOR : '\n');
      length += 1;
    }
    pendingBreak = pendingLine = false;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the node containing flat offset `at` (the last node starting at or before it). */
function nodeIndexAt(map: TextMap, at: number): number {
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
  if (map.nodes.length === 0) return undefined;
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const startNode = map.nodes[a]!;
  const endNode = map.nodes[b]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, start - map.starts[a]!);
  range.setEnd(endNode, end - map.starts[b]!);
  return range;
}

/** Flat offset of a (text node, offset) position, or -1 if the node is not mapped. */
export function offsetOf(map: TextMap, index: Map<Text, number>, node: Node, offset: number): number {
  const i = index.get(node as Text);
  return i === undefined ? -1 : map.starts[i]! + offset;
}

export function nodeIndex(map: TextMap): Map<Text, number> {
  return new Map(map.nodes.map((n, i) => [n, i]));
}
