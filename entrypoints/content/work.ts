// Our main-thread work, in short measured tasks. Every synchronous piece is recorded in our
// marks (the benchmark sums them and takes the longest), and long jobs run in steps of
// a few milliseconds with a yield to the page between them, so no task of ours approaches
// 50 ms however large the page.
import { recordTask } from './perf-marks';
const BUDGET_MS = 10;

/** Runs fn as one measured task. */
export function task<T>(phase: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    recordTask(phase, start);
  }
}

/**
 * Lets the page's own tasks run before our next step. Not scheduler.yield(): its continuation
 * goes ahead of the page's tasks of the same priority, so a long pass of short steps still
 * held the page's timers back for its whole length (hugeTextNodeStallMs). A posted task
 * queues behind the timers that came due during our step.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (fn: () => void) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined);
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Calls step(deadline) in measured tasks until it returns true; stops early when aborted. */
export async function chunked(phase: string, step: (deadline: number) => boolean, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    const start = performance.now();
    let done: boolean;
    try {
      done = step(start + BUDGET_MS);
    } finally {
      recordTask(phase, start);
    }
    if (done) return;
    await yieldToPage();
  }
}
