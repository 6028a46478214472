// Which parts of the page a batch of mutations changed, as the smallest set of block
// elements to read again: an added block is its own root; anything else dirties the
// block around it.
import { BLOCK_SELECTOR } from '@/lib/text/block-elements';

function blockOf(node: Node): Element | null {
  if (node instanceof Element && node.matches(BLOCK_SELECTOR)) return node;
  const parent = node.parentElement;
  return parent ? parent.closest(BLOCK_SELECTOR) : null;
}

export function dirtyRoots(records: readonly MutationRecord[], ours: (node: Node) => boolean): Element[] {
  const roots = new Set<Element>();
  for (const record of records) {
    if (ours(record.target)) continue;
    if (record.type === 'childList') {
      record.addedNodes.forEach((node) => {
        if (ours(node)) return;
        const root = node instanceof Element && node.matches(BLOCK_SELECTOR) ? node : blockOf(record.target);
        if (root) roots.add(root);
      });
      // Removing an inline piece changes the text of the block it was in; a removed block
      // takes its annotations with it (they are pruned as disconnected).
      record.removedNodes.forEach((node) => {
        if (ours(node) || (node instanceof Element && node.matches(BLOCK_SELECTOR))) return;
        const root = blockOf(record.target);
        if (root) roots.add(root);
      });
    } else if (record.type === 'characterData') {
      const root = blockOf(record.target);
      if (root) roots.add(root);
    }
  }
  // Keep only connected roots not inside another root.
  const list = [...roots].filter((r) => r.isConnected);
  return list.filter((r) => !list.some((other) => other !== r && other.contains(r)));
}
