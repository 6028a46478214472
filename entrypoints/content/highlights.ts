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
// registered once whenever the set of ranges near the viewport changes. An element several
// viewports tall is near as a whole, so its ranges are windowed one by one (range-window.ts)
// and the window follows the scroll.
import HIGHLIGHT_CSS from './highlights.css?inline';
import { DocumentOrder, relocated, sameSlice, windowIn, windowLeft, type RangeWindow } from './range-window';

/** What every highlight name of ours starts with (entries() gives names with it). */
export const HIGHLIGHT_PREFIX = 'treaty-lens-';
/** The term reached by keyboard stepping. */
const CURRENT = 'current';
/** How far beyond the viewport ranges stay registered: one viewport above and below. */
const MARGIN = '100% 0px 100% 0px';
/** An element taller than this many viewports has its ranges windowed one by one. */
const TALL = 3;
/** A tall element's window reaches this many viewports above and below the viewport... */
const WINDOW_REACH = 2;
/** ...and is found again once a range outside it comes within this many. */
const WINDOW_SLACK = 1;

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
  /** Elements too tall to register whole, with their ranges in order, and the windows of those near the viewport. */
  private readonly tall = new Map<Element, DocumentOrder<Range>>();
  private readonly windows = new Map<Element, { window: RangeWindow<Range>; members: Set<Range> }>();
  /** Tall near elements whose window must be found again: their ranges changed, or (`moved`) the viewport did. */
  private readonly stale = new Set<Element>();
  private readonly moved = new Set<Element>();
  private scrollPending = false;
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
    this.tall.get(el)?.add(range);
    this.changedNear(el, range, category);
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
    this.changedNear(el, range, category);
    ranges.delete(range);
    this.tall.get(el)?.delete(range);
    if (ranges.size === 0) {
      this.dropWindow(el);
      this.tall.delete(el);
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
    this.findWindows();
    if (this.dirty.size === 0) return;
    const registry = registryOf(this.doc);
    if (!registry) return;
    const byCategory = new Map<string, Range[]>();
    for (const name of this.dirty) byCategory.set(name, []);
    for (const el of this.near) {
      const ranges = this.byElement.get(el);
      if (!ranges) continue;
      const w = this.windows.get(el)?.window;
      if (w) {
        for (const range of w.sorted.slice(w.lo, w.hi)) {
          const category = ranges.get(range);
          if (category !== undefined) byCategory.get(category)?.push(range);
        }
      } else {
        for (const [range, category] of ranges) byCategory.get(category)?.push(range);
      }
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
    this.doc.removeEventListener('scroll', this.scrolled, { capture: true });
    this.tall.clear();
    this.windows.clear();
    this.stale.clear();
    this.moved.clear();
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
      this.setTall(el, box.height);
      if (box.bottom >= -height && box.top <= 2 * height) this.markNear(el, true);
    }
    this.unplaced.clear();
  }

  private observed(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!this.byElement.has(entry.target)) continue;
      this.unplaced.delete(entry.target);
      this.setTall(entry.target, entry.boundingClientRect.height);
      this.markNear(entry.target, entry.isIntersecting);
    }
    if (this.dirty.size > 0 || this.stale.size > 0) this.onVisibilityChange();
  }

  private markNear(el: Element, near: boolean): void {
    if (near === this.near.has(el)) return;
    if (near) this.near.add(el);
    else this.near.delete(el);
    this.dropWindow(el);
    if (this.tall.has(el)) {
      if (near) this.stale.add(el);
    } else {
      for (const category of this.byElement.get(el)?.values() ?? []) this.dirty.add(category);
    }
  }

  /**
   * A range of `el` came, went or changed category: what is registered changes if `el` is
   * near; for a tall one, if the range is in its window (a new range is placed when the
   * window is found again).
   */
  private changedNear(el: Element, range: Range, category: string): void {
    if (!this.near.has(el)) return;
    if (!this.tall.has(el)) return void this.dirty.add(category);
    this.stale.add(el);
    if (this.windows.get(el)?.members.has(range)) this.dirty.add(category);
  }

  /** Whether `el`, this many pixels high, is windowed from now on. */
  private setTall(el: Element, boxHeight: number): void {
    const tall = boxHeight > TALL * (this.doc.defaultView?.innerHeight ?? 0);
    if (tall === this.tall.has(el)) return;
    if (tall) this.tall.set(el, new DocumentOrder(rangeOrder, this.byElement.get(el)?.keys() ?? []));
    else this.tall.delete(el);
    if (!this.near.has(el)) return;
    // Registered whole until now, or windowed: either way every category of it changes.
    this.dropWindow(el);
    for (const category of this.byElement.get(el)?.values() ?? []) this.dirty.add(category);
    if (tall) this.stale.add(el);
  }

  /** Forgets a tall element's window; the categories it registered must be registered again. */
  private dropWindow(el: Element): void {
    const w = this.windows.get(el);
    if (!w) return;
    this.windows.delete(el);
    this.stale.delete(el);
    this.dirtySlice(el, w.window);
  }

  private dirtySlice(el: Element, w: RangeWindow<Range>): void {
    const ranges = this.byElement.get(el);
    for (let i = w.lo; i < w.hi; i++) {
      const category = ranges?.get(w.sorted[i]!);
      if (category !== undefined) this.dirty.add(category);
    }
  }

  /** Finds the window of each stale tall element near the viewport; a category changes only if a window's slice does. */
  private findWindows(): void {
    if (this.stale.size === 0) return;
    const height = this.doc.defaultView?.innerHeight ?? 0;
    for (const el of this.stale) {
      const ranges = this.byElement.get(el);
      const order = this.tall.get(el);
      if (!ranges || !order || !this.near.has(el)) continue;
      const sorted = order.current((r) => ranges.has(r));
      const old = this.windows.get(el)?.window;
      // Measured only when the viewport moved (or there is nothing to go by): each box read
      // in one huge text node walks its lines.
      const fresh =
        (old && !this.moved.has(el) ? relocated(old, sorted, rangeOrder) : undefined) ??
        windowIn(sorted, boxOf, -WINDOW_REACH * height, height + WINDOW_REACH * height);
      if (!sameSlice(old, fresh)) {
        if (old) this.dirtySlice(el, old);
        this.dirtySlice(el, fresh);
      }
      this.windows.set(el, { window: fresh, members: new Set(fresh.sorted.slice(fresh.lo, fresh.hi)) });
    }
    this.stale.clear();
    this.moved.clear();
    if (this.windows.size > 0) this.doc.addEventListener('scroll', this.scrolled, { capture: true, passive: true });
  }

  /** On scroll (any scroller: captured), once a frame: the windows the viewport has moved away from are found again. */
  private readonly scrolled = (): void => {
    const view = this.doc.defaultView;
    if (this.scrollPending || !view) return;
    this.scrollPending = true;
    view.requestAnimationFrame(() => {
      this.scrollPending = false;
      const height = view.innerHeight;
      for (const [el, w] of this.windows) {
        if (!windowLeft(w.window, boxOf, height, WINDOW_SLACK * height)) continue;
        this.stale.add(el);
        this.moved.add(el);
      }
      if (this.stale.size > 0) this.onVisibilityChange();
    });
  };
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

const boxOf = (range: Range) => range.getBoundingClientRect();

/** Document order of two ranges' starts: by offset within a node (the common case, and cheap), else by node. */
function rangeOrder(a: Range, b: Range): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function registryOf(doc: Document): HighlightRegistry | undefined {
  return doc.defaultView?.CSS?.highlights;
}
