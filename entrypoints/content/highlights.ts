// Highlights through the CSS Custom Highlight API: one highlight per category, in the
// registry of the document the range lives in (same-origin iframes have their own). The
// page's DOM is never touched. ::highlight() styles go into each document and shadow tree
// that holds our ranges as an adopted stylesheet, only while it does: a page we do not
// annotate has no rule of ours for getComputedStyle to find.
//
// Only the ranges near the viewport are registered. Chromium rebuilds every registered
// highlight marker after any DOM or style change and after each registration (DESIGN §7),
// so a frame's cost would otherwise grow with the page. Each range's containing element is
// watched by an IntersectionObserver; a category's Highlight is rebuilt whole and
// registered once whenever the set of ranges near the viewport changes.
import HIGHLIGHT_CSS from './highlights.css?inline';

/** What every highlight name of ours starts with (entries() gives names with it). */
export const HIGHLIGHT_PREFIX = 'treaty-lens-';
/** The term reached by keyboard stepping. */
const CURRENT = 'current';
/** How far beyond the viewport ranges stay registered: one viewport above and below. */
const MARGIN = '100% 0px 100% 0px';

type StyleScope = Document | ShadowRoot;

/** One document's ranges, the elements that hold them, and which of those are near the viewport. */
class DocumentHighlights {
  /** Every range by its containing element, with its category. */
  private readonly byElement = new Map<Element, Map<Range, string>>();
  private readonly near = new Set<Element>();
  /** Elements added since the last flush, whose position is not known yet. */
  private readonly unplaced = new Set<Element>();
  /** What is registered now, by category. */
  private readonly registered = new Map<string, Highlight>();
  private readonly dirty = new Set<string>();
  private readonly observer: IntersectionObserver | undefined;
  current: Highlight | undefined;

  constructor(
    readonly doc: Document,
    private readonly onVisibilityChange: () => void,
  ) {
    const view = doc.defaultView;
    this.observer = view?.IntersectionObserver
      ? new view.IntersectionObserver((entries) => this.observed(entries), { rootMargin: MARGIN })
      : undefined;
  }

  add(range: Range, category: string): void {
    const el = containerOf(range);
    let ranges = this.byElement.get(el);
    if (!ranges) {
      ranges = new Map();
      this.byElement.set(el, ranges);
      this.unplaced.add(el);
      this.observer?.observe(el);
    }
    ranges.set(range, category);
    if (this.near.has(el)) this.dirty.add(category);
  }

  /** Every range with its category, registered or not. */
  *entries(): Generator<[string, Range]> {
    for (const ranges of this.byElement.values()) for (const [range, category] of ranges) yield [category, range];
  }

  delete(range: Range): boolean {
    const el = containerOf(range);
    const ranges = this.byElement.get(el);
    const category = ranges?.get(range);
    if (!ranges || category === undefined) return false;
    ranges.delete(range);
    if (this.near.has(el)) this.dirty.add(category);
    if (ranges.size === 0) {
      this.byElement.delete(el);
      this.near.delete(el);
      this.unplaced.delete(el);
      this.observer?.unobserve(el);
    }
    return true;
  }

  /** Registers each category whose ranges near the viewport changed, one Highlight each. */
  flush(): void {
    this.placeNew();
    if (this.dirty.size === 0) return;
    const registry = registryOf(this.doc);
    if (!registry) return;
    const byCategory = new Map<string, Range[]>();
    for (const name of this.dirty) byCategory.set(name, []);
    for (const el of this.near) {
      for (const [range, category] of this.byElement.get(el) ?? []) byCategory.get(category)?.push(range);
    }
    for (const [category, ranges] of byCategory) {
      // Filled first, registered once: adding to a registered Highlight rebuilds its markers per add.
      const h = new Highlight(...ranges);
      if (ranges.length > 0) registry.set(HIGHLIGHT_PREFIX + category, h);
      else registry.delete(HIGHLIGHT_PREFIX + category);
      this.registered.set(category, h);
    }
    this.dirty.clear();
  }

  /** Registers again whatever of ours the page removed from its registry; whether any was. */
  restore(): boolean {
    const registry = registryOf(this.doc);
    if (!registry) return false;
    let missing = false;
    for (const [category, h] of this.registered) {
      if (h.size === 0 || registry.get(HIGHLIGHT_PREFIX + category) === h) continue;
      registry.set(HIGHLIGHT_PREFIX + category, h);
      missing = true;
    }
    if (this.current && registry.get(HIGHLIGHT_PREFIX + CURRENT) !== this.current) {
      registry.set(HIGHLIGHT_PREFIX + CURRENT, this.current);
      missing = true;
    }
    return missing;
  }

  clear(): void {
    this.observer?.disconnect();
    const registry = registryOf(this.doc);
    for (const category of this.registered.keys()) registry?.delete(HIGHLIGHT_PREFIX + category);
    if (this.current) registry?.delete(HIGHLIGHT_PREFIX + CURRENT);
    this.byElement.clear();
    this.near.clear();
    this.unplaced.clear();
    this.registered.clear();
    this.dirty.clear();
  }

  /** New elements' first placement, read at once (the observer answers a frame later). */
  private placeNew(): void {
    if (this.unplaced.size === 0) return;
    const view = this.doc.defaultView;
    const height = view?.innerHeight ?? 0;
    for (const el of this.unplaced) {
      const box = el.getBoundingClientRect();
      if (box.bottom >= -height && box.top <= 2 * height) this.markNear(el, true);
    }
    this.unplaced.clear();
  }

  private observed(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!this.byElement.has(entry.target)) continue;
      this.unplaced.delete(entry.target);
      this.markNear(entry.target, entry.isIntersecting);
    }
    if (this.dirty.size > 0) this.onVisibilityChange();
  }

  private markNear(el: Element, near: boolean): void {
    if (near === this.near.has(el)) return;
    if (near) this.near.add(el);
    else this.near.delete(el);
    for (const category of this.byElement.get(el)?.values() ?? []) this.dirty.add(category);
  }
}

export class Highlights {
  private readonly docs = new Map<Document, DocumentHighlights>();
  private readonly styled = new Map<StyleScope, CSSStyleSheet>();
  private total = 0;

  /** Every highlighted range on the page, registered or not. */
  get size(): number {
    return this.total;
  }

  /** Adds a range; it shows once flush() runs (or when scrolled near). */
  add(range: Range, category: string): void {
    const doc = range.startContainer.ownerDocument!;
    this.ensureStyles(range.startContainer.getRootNode() as StyleScope, doc);
    this.forDocument(doc).add(range, category);
    this.total++;
  }

  delete(range: Range): void {
    if (this.docs.get(range.startContainer.ownerDocument!)?.delete(range)) this.total--;
    this.scheduleFlush();
  }

  /** Every highlighted range on the page by its highlight's name, registered or not. */
  entries(): [string, Range][] {
    return [...this.docs.values()].flatMap((d) => [...d.entries()].map(([category, range]): [string, Range] => [HIGHLIGHT_PREFIX + category, range]));
  }

  /** Registers what changed since the last flush. */
  flush(): void {
    for (const d of this.docs.values()) d.flush();
  }

  /** The one range stepped to by keyboard, or none: registered on its own, at once. */
  setCurrent(range: Range | undefined): void {
    for (const d of this.docs.values()) {
      if (d.current) registryOf(d.doc)?.delete(HIGHLIGHT_PREFIX + CURRENT);
      d.current = undefined;
    }
    if (!range) return;
    const doc = range.startContainer.ownerDocument!;
    this.ensureStyles(range.startContainer.getRootNode() as StyleScope, doc);
    const h = new Highlight(range);
    // The keyboard's current term paints over the category colours.
    h.priority = 1;
    registryOf(doc)?.set(HIGHLIGHT_PREFIX + CURRENT, h);
    this.forDocument(doc).current = h;
  }

  /**
   * Puts back what the page took away: our highlights after its CSS.highlights.clear() (sites
   * reset their own find-in-page marks so), our sheets after it replaced adoptedStyleSheets.
   * Returns whether anything was missing.
   */
  restore(): boolean {
    let missing = false;
    for (const d of this.docs.values()) missing = d.restore() || missing;
    for (const [scope, sheet] of this.styled) {
      if (scope.adoptedStyleSheets.includes(sheet)) continue;
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      missing = true;
    }
    return missing;
  }

  clear(): void {
    for (const d of this.docs.values()) d.clear();
    this.docs.clear();
    for (const [scope, sheet] of this.styled) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.styled.clear();
    this.total = 0;
  }

  private flushScheduled = false;

  /** Coalesces the changes of one frame into one registration. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    requestAnimationFrame(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private forDocument(doc: Document): DocumentHighlights {
    let d = this.docs.get(doc);
    if (!d) {
      d = new DocumentHighlights(doc, () => d!.flush());
      this.docs.set(doc, d);
    }
    return d;
  }

  private ensureStyles(scope: StyleScope, doc: Document): void {
    if (this.styled.has(scope)) return;
    const view = doc.defaultView;
    if (!view || !('adoptedStyleSheets' in scope)) return;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    this.styled.set(scope, sheet);
  }
}

/** The element whose box stands for a range's place on the page. */
function containerOf(range: Range): Element {
  const node = range.startContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? node.ownerDocument!.documentElement);
}

function registryOf(doc: Document): HighlightRegistry | undefined {
  return doc.defaultView?.CSS?.highlights;
}
