// Same-origin iframes after the first reading: one that loads late (its document was still
// about:blank when the page was read), navigates, or changes its text is reported, so the
// page session reads that frame again. Cross-origin frames are not ours to read.
const THROTTLE_MS = 250;

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument; // null or a throw for cross-origin frames
  } catch {
    return null;
  }
}

export class FrameWatch {
  private seen = new WeakSet<HTMLIFrameElement>();
  private controller = new AbortController();
  private readonly changed = new Set<HTMLIFrameElement>();
  private timer = 0;
  private readonly observer = new MutationObserver((records) => {
    for (const record of records) {
      const frame = record.target.ownerDocument?.defaultView?.frameElement;
      if (frame?.localName === 'iframe') this.changed.add(frame as HTMLIFrameElement);
    }
    this.timer ||= window.setTimeout(() => this.flush(), THROTTLE_MS);
  });

  constructor(private readonly onChange: (frame: HTMLIFrameElement, doc: Document) => void) {}

  /** Starts watching the document's iframes not yet watched. */
  scan(): void {
    for (const frame of document.querySelectorAll('iframe')) {
      if (this.seen.has(frame)) continue;
      this.seen.add(frame);
      this.observe(frame);
      frame.addEventListener(
        'load',
        () => {
          this.observe(frame);
          this.changed.add(frame);
          this.flush();
        },
        { signal: this.controller.signal },
      );
    }
  }

  stop(): void {
    this.observer.disconnect();
    this.controller.abort();
    this.controller = new AbortController();
    this.seen = new WeakSet();
    this.changed.clear();
    clearTimeout(this.timer);
    this.timer = 0;
  }

  private observe(frame: HTMLIFrameElement): void {
    const doc = sameOriginDocument(frame);
    if (doc) this.observer.observe(doc, { childList: true, subtree: true, characterData: true });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    for (const frame of this.changed) {
      const doc = sameOriginDocument(frame);
      if (doc?.body) this.onChange(frame, doc);
    }
    this.changed.clear();
  }
}
