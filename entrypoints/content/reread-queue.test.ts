import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { RereadQueue } from './reread-queue';

const block = (name: string) => ({ name }) as unknown as Element;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A queue whose reads take `ms` of (fake) time each and are logged. */
function queueWithReads(ms: number) {
  const reads: { name: string; aborted: boolean }[] = [];
  const queue = new RereadQueue(
    (root, signal) =>
      new Promise<void>((resolve, reject) => {
        const entry = { name: (root as unknown as { name: string }).name, aborted: false };
        reads.push(entry);
        const t = setTimeout(resolve, ms);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          entry.aborted = true;
          reject(new Error('aborted'));
        });
      }),
    () => Date.now(),
  );
  return { queue, reads };
}

test('a block waiting to be read is read once however often it changes meanwhile', async () => {
  const { queue, reads } = queueWithReads(100);
  const a = block('a');
  const b = block('b');
  queue.add([a]);
  queue.add([b]);
  queue.add([b]);
  queue.add([b]);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(reads.map((r) => r.name)).toEqual(['a', 'b']);
});

test('a change during its read cancels that read and reads the block once more', async () => {
  const { queue, reads } = queueWithReads(100);
  const a = block('a');
  queue.add([a]);
  await vi.advanceTimersByTimeAsync(50);
  queue.add([a]);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(reads).toEqual([
    { name: 'a', aborted: true },
    { name: 'a', aborted: false },
  ]);
});

test('a block that changes every 10 ms for 10 s is read a bounded number of times, and not after it stops', async () => {
  const { queue, reads } = queueWithReads(20);
  const ticker = block('ticker');
  for (let t = 0; t < 10_000; t += 10) {
    queue.add([ticker]);
    await vi.advanceTimersByTimeAsync(10);
  }
  const duringChanges = reads.length;
  expect(duringChanges).toBeLessThan(40);
  await vi.advanceTimersByTimeAsync(10_000);
  // At most one read after the changes stopped: the last state of the block.
  expect(reads.length - duringChanges).toBeLessThanOrEqual(1);
  expect(queue.size).toBe(0);
});

test('clear() forgets the waiting blocks and cancels the read in flight', async () => {
  const { queue, reads } = queueWithReads(100);
  queue.add([block('a'), block('b')]);
  await vi.advanceTimersByTimeAsync(10);
  queue.clear();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(reads).toEqual([{ name: 'a', aborted: true }]);
});
