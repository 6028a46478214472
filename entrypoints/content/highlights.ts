// Highlights through the CSS Custom Highlight API: one highlight per category, styled by
// highlights.css. The page's DOM is never touched, so there is nothing to undo.
const PREFIX = 'treaty-lens-';

export function showHighlights(byCategory: ReadonlyMap<string, readonly Range[]>): void {
  clearHighlights();
  for (const [category, ranges] of byCategory) {
    const highlight = new Highlight();
    // add() one by one: spreading 100,000 ranges into the constructor overflows the stack.
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set(PREFIX + category, highlight);
  }
}

export function clearHighlights(): void {
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith(PREFIX)) CSS.highlights.delete(name);
  }
}
