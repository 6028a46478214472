// Highlights through the CSS Custom Highlight API: one highlight per category, in the
// registry of the document the range lives in (same-origin iframes have their own). The
// page's DOM is never touched. ::highlight() styles reach the top document through the
// manifest's CSS; iframes and shadow trees get the same rules as an adopted stylesheet,
// removed again when we are turned off.
import HIGHLIGHT_CSS from './highlights.css?inline';

const PREFIX = 'treaty-lens-';
/** The term reached by keyboard stepping. */
const CURRENT = 'current';

type StyleScope = Document | ShadowRoot;

export class Highlights {
  private readonly registries = new Map<Document, Map<string, Highlight>>();
  private readonly styled = new Map<StyleScope, CSSStyleSheet>();
  private total = 0;

  get size(): number {
    return this.total;
  }

  add(range: Range, category: string): void {
    this.highlight(range, category).add(range);
    if (category !== CURRENT) this.total++;
  }

  delete(range: Range, category: string): void {
    const h = this.registries.get(range.startContainer.ownerDocument!)?.get(category);
    if (h?.delete(range) && category !== CURRENT) this.total--;
  }

  /** The one range stepped to by keyboard, or none. */
  setCurrent(range: Range | undefined): void {
    for (const byCategory of this.registries.values()) byCategory.get(CURRENT)?.clear();
    if (range) this.add(range, CURRENT);
  }

  clear(): void {
    for (const [doc, byCategory] of this.registries) {
      for (const name of byCategory.keys()) registry(doc)?.delete(PREFIX + name);
    }
    this.registries.clear();
    for (const [scope, sheet] of this.styled) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.styled.clear();
    this.total = 0;
  }

  private highlight(range: Range, category: string): Highlight {
    const doc = range.startContainer.ownerDocument!;
    let byCategory = this.registries.get(doc);
    if (!byCategory) {
      byCategory = new Map();
      this.registries.set(doc, byCategory);
    }
    let h = byCategory.get(category);
    if (!h) {
      h = new Highlight();
      // The keyboard's current term paints over the category colours.
      if (category === CURRENT) h.priority = 1;
      registry(doc)?.set(PREFIX + category, h);
      byCategory.set(category, h);
    }
    this.ensureStyles(range.startContainer.getRootNode() as StyleScope, doc);
    return h;
  }

  private ensureStyles(scope: StyleScope, doc: Document): void {
    const isTopDocument = scope === document;
    if (isTopDocument || this.styled.has(scope)) return;
    const view = doc.defaultView;
    if (!view || !('adoptedStyleSheets' in scope)) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    this.styled.set(scope, sheet);
  }
}

function registry(doc: Document): HighlightRegistry | undefined {
  return doc.defaultView?.CSS?.highlights;
}
