// The pointer's recent speed, smoothed over its last few movements, for hover intent.

/** How much each new movement counts against the history. */
const WEIGHT = 0.5;
/** Movements further apart than this start afresh: the pointer had stopped. */
const GAP_MS = 100;

export class PointerSpeed {
  private x = 0;
  private y = 0;
  private t = -Infinity;
  /** px/ms; unknown (Infinity) on the first movement after a pause: it may be a sweep's start. */
  current = Infinity;

  sample(x: number, y: number, t: number): void {
    const dt = t - this.t;
    if (dt > GAP_MS) this.current = Infinity;
    else if (dt > 0) {
      const now = Math.hypot(x - this.x, y - this.y) / dt;
      this.current = Number.isFinite(this.current) ? WEIGHT * now + (1 - WEIGHT) * this.current : now;
    }
    this.x = x;
    this.y = y;
    this.t = t;
  }
}
