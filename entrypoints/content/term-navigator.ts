// Moving to a term without the pointer: keyboard stepping (Alt+Shift+↓/↑) and "reveal"
// from the side panel. The current term gets the strong 'current' highlight and is
// scrolled into view; a revealed term is only flashed.
import type { Located } from './annotated-page';
import type { Highlights } from './highlights';

/** How long a term revealed from the side panel stays marked. */
const FLASH_MS = 1500;

const same = (a: Located, b: Located) => a.segment === b.segment && a.index === b.index;

export class TermNavigator {
  current: Located | undefined;
  private flashTimer = 0;

  constructor(private readonly highlights: Highlights) {}

  reset(): void {
    this.current = undefined;
    clearTimeout(this.flashTimer);
  }

  /** Steps through `shown` (page order); returns the new term and its position. */
  step(shown: readonly Located[], delta: 1 | -1): { at: Located; n: number } | undefined {
    if (shown.length === 0) return undefined;
    const i = this.current ? shown.findIndex((l) => same(l, this.current!)) : -1;
    const n = i < 0 ? (delta > 0 ? 0 : shown.length - 1) : (i + delta + shown.length) % shown.length;
    const at = shown[n]!;
    this.moveTo(at, 'auto');
    return { at, n: n + 1 };
  }

  /** Goes to the next of `occurrences` (one entry's), and flashes it. */
  reveal(occurrences: readonly Located[]): boolean {
    if (occurrences.length === 0) return false;
    const i = this.current ? occurrences.findIndex((l) => same(l, this.current!)) : -1;
    const at = occurrences[(i + 1) % occurrences.length]!;
    this.moveTo(at, 'smooth');
    clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => {
      if (this.current === at) this.highlights.setCurrent(undefined);
    }, FLASH_MS);
    return true;
  }

  private moveTo(at: Located, behavior: ScrollBehavior): void {
    this.current = at;
    const range = at.segment.ranges[at.index]!;
    this.highlights.setCurrent(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior });
  }
}
