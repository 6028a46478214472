// The page's mutations, delivered in batches at most every THROTTLE_MS, and held back while
// a full pass runs (the batch after it covers whatever the pass missed).
const THROTTLE_MS = 250;

export class MutationBatcher {
  private observer: MutationObserver | undefined;
  private pending: MutationRecord[] = [];
  private timer = 0;

  constructor(
    private readonly onBatch: (records: MutationRecord[]) => void,
    private readonly ready: () => boolean,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      this.pending.push(...records);
      this.timer ||= window.setTimeout(() => this.flush(), THROTTLE_MS);
    });
    // The document itself, not its root element: document.open() replaces that.
    this.observer.observe(document, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
    this.timer = 0;
    this.pending = [];
  }

  /** Delivers what is pending now rather than after the throttle (still held back during a pass). */
  flushNow(): void {
    if (!this.observer) return;
    this.pending.push(...this.observer.takeRecords());
    if (this.pending.length === 0) return;
    clearTimeout(this.timer);
    this.flush();
  }

  private flush(): void {
    this.timer = 0;
    if (!this.ready()) {
      this.timer = window.setTimeout(() => this.flush(), THROTTLE_MS);
      return;
    }
    const records = this.pending;
    this.pending = [];
    this.onBatch(records);
  }
}
