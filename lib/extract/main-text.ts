// Main-article extraction shared by the content script (browser DOM) and Node (linkedom).
import { Readability } from '@mozilla/readability';
import { BLOCK_ELEMENTS } from '../text/block-elements';

export interface MainText {
  title: string;
  text: string;
}

// Never visible as reading text.
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object']);
// Readability's cost grows with elements × depth (500 nested divs take seconds), so pathological
// trees go straight to the plain-text fallback. Real pages are a few dozen levels deep.
const MAX_DEPTH = 120;
const MAX_ELEMENTS = 30000;

/** Title and body text of the page's main article; never throws. */
export function extractMainText(doc: Document): MainText {
  const fallbackTitle = guard(() => (doc.title || firstHeading(doc)).trim(), '');
  const article = guard(() => readArticle(doc), null);
  if (article && article.text) return { title: article.title || fallbackTitle, text: article.text };
  // linkedom leaves body null for fragments without <html>/<body>; the document itself still walks.
  return { title: fallbackTitle, text: guard(() => blockText(doc.body ?? doc), '') };
}

function readArticle(doc: Document): MainText | null {
  if (!doc.documentElement || deeperThan(doc.documentElement, MAX_DEPTH)) return null;
  // Readability rewrites the tree it is given, and the content script's document must stay intact.
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, {
    serializer: (node) => node,
    maxElemsToParse: MAX_ELEMENTS, // throws past this; guard() turns that into the fallback
  }).parse();
  if (!parsed?.content) return null;
  return { title: (parsed.title ?? '').trim(), text: blockText(parsed.content) };
}

/** Visible text with one line per block element and whitespace runs collapsed. */
/** The visible text under a node, one block a line (the shape the content script's text map has). */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const stack: Array<Node | '\n'> = [root];
  // Iterative so that absurdly deep (malformed) trees cannot overflow the call stack.
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
    } else if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
    } else if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      const el = node as Element;
      const tag = (el.localName ?? '').toLowerCase();
      if (SKIP_TAGS.has(tag) || el.hasAttribute?.('hidden')) continue;
      // A <br> is a line break too, in extracted text.
      const block = BLOCK_ELEMENTS.has(tag) || tag === 'br';
      if (block) stack.push('\n');
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      if (block) stack.push('\n');
    }
  }
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

function deeperThan(root: Element, limit: number): boolean {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

function firstHeading(doc: Document): string {
  return doc.querySelector('h1')?.textContent ?? '';
}

function guard<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
