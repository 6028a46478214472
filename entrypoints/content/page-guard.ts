// What a page can do to an annotated page of ours without a DOM mutation: clear the highlight
// registry (sites reset their own find-in-page marks with CSS.highlights.clear()), drop our
// adopted sheet, or switch designMode on (the whole document becomes editable, and we never
// highlight editable text). Checked once a second while annotated and visible; each check
// is a few map lookups.
const CHECK_MS = 1000;

export interface GuardHooks {
  /** Puts back highlights and styles the page took away. */
  restore(): void;
  /** designMode changed: the page must be read again. */
  designModeChanged(): void;
}

export class PageGuard {
  private timer = 0;
  private designMode = '';

  constructor(private readonly hooks: GuardHooks) {}

  /** `designModeRead`: document.designMode when the page was read, so that a switch while it
   * was being annotated is noticed too. */
  start(designModeRead: string): void {
    this.stop();
    this.designMode = designModeRead;
    this.timer = window.setInterval(() => this.check(), CHECK_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = 0;
  }

  private check(): void {
    if (document.hidden) return;
    if (document.designMode !== this.designMode) {
      this.stop();
      this.hooks.designModeChanged();
      return;
    }
    this.hooks.restore();
  }
}
