// Re-reading the blocks a page changed, with bounded work: a block waiting to be read is
// read once however often it changes meanwhile; a block that changes while it is being read
// has that read cancelled (its result would be stale) and is read again once; and a block
// that keeps changing (a ticker, a live counter) is read less and less often, so our work
// never piles up behind the page's and never outlives its changes by more than one read.

/** Changes within this window count towards a block's rate. */
const WINDOW_MS = 1_000;
/** More changes than this in the window and the block is backed off. */
const BUSY = 4;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;

interface Rate {
  since: number;
  count: number;
  /** Not read before this time. */
  notBefore: number;
  delay: number;
}

export type ReadBlock = (root: Element, signal: AbortSignal) => Promise<void>;

export class RereadQueue {
  private readonly pending = new Set<Element>();
  private readonly rates = new WeakMap<Element, Rate>();
  private inFlight: { root: Element; controller: AbortController } | undefined;
  private timer = 0;
  private running = false;
  private generation = new AbortController();

  constructor(
    private readonly read: ReadBlock,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Blocks the page just changed. */
  add(roots: readonly Element[]): void {
    for (const root of roots) {
      this.countChange(root);
      if (this.inFlight?.root === root) this.inFlight.controller.abort();
      this.pending.add(root);
    }
    void this.run();
  }

  /** Forgets everything waiting and cancels the read in flight (a new pass is starting). */
  clear(): void {
    this.generation.abort();
    this.generation = new AbortController();
    this.pending.clear();
    clearTimeout(this.timer);
    this.timer = 0;
  }

  get size(): number {
    return this.pending.size;
  }

  private countChange(root: Element): void {
    const t = this.now();
    let rate = this.rates.get(root);
    if (!rate || t - rate.since > WINDOW_MS) {
      rate = { since: t, count: 0, notBefore: rate?.notBefore ?? 0, delay: rate && t - rate.since <= 2 * WINDOW_MS ? rate.delay : 0 };
      this.rates.set(root, rate);
    }
    rate.count++;
    if (rate.count > BUSY) {
      rate.delay = Math.min(MAX_DELAY_MS, rate.delay ? rate.delay * 2 : FIRST_DELAY_MS);
      rate.notBefore = t + rate.delay;
      rate.since = t;
      rate.count = 0;
    }
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const generation = this.generation.signal;
        const t = this.now();
        let next: Element | undefined;
        let wait = Infinity;
        for (const root of this.pending) {
          const notBefore = this.rates.get(root)?.notBefore ?? 0;
          if (notBefore <= t) {
            next = root;
            break;
          }
          wait = Math.min(wait, notBefore - t);
        }
        if (!next) {
          if (wait < Infinity && !this.timer) {
            this.timer = window.setTimeout(() => {
              this.timer = 0;
              void this.run();
            }, wait);
          }
          return;
        }
        this.pending.delete(next);
        const controller = new AbortController();
        this.inFlight = { root: next, controller };
        try {
          await this.read(next, AbortSignal.any([controller.signal, generation]));
        } catch (err) {
          if (!controller.signal.aborted && !generation.aborted) console.warn('[Treaty Lens]', err);
        } finally {
          this.inFlight = undefined;
        }
      }
    } finally {
      this.running = false;
    }
  }
}
