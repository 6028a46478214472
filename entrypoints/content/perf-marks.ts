// Our own timing, for the benchmark. It stays in the content script's isolated world: the
// page's performance-entry buffer would show it to the page and to any analytics it runs.
// The benchmark reads it there, through CDP, as globalThis.treatyLensPerfMarks.
export interface PerfMarks {
  start: number | null;
  /** Each time a pass has registered all its highlights. */
  highlighted: number[];
  /** Each time the last jieba confirmation of a pass has been applied. */
  settled: number[];
  /** Every synchronous task of ours. */
  tasks: { duration: number; phase: string }[];
  /** Hover hit found → card rendered. */
  cards: number[];
}

/** Past this many entries a list keeps its newer half: a tab may stay open for days. */
const MAX_ENTRIES = 5_000;

const marks: PerfMarks = { start: null, highlighted: [], settled: [], tasks: [], cards: [] };
(globalThis as { treatyLensPerfMarks?: PerfMarks }).treatyLensPerfMarks = marks;

function append<T>(list: T[], item: T): void {
  if (list.length >= MAX_ENTRIES) list.splice(0, MAX_ENTRIES / 2);
  list.push(item);
}

export function recordStart(): void {
  marks.start = performance.now();
}

export function recordHighlighted(): void {
  append(marks.highlighted, performance.now());
}

export function recordSettled(): void {
  append(marks.settled, performance.now());
}

export function recordTask(phase: string, start: number): void {
  append(marks.tasks, { duration: performance.now() - start, phase });
}

export function recordCard(start: number): void {
  append(marks.cards, performance.now() - start);
}
