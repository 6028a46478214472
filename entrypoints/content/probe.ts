// What automation (the tests, the demo, the benchmark) reads through CDP: every highlighted
// range, registered near the viewport or not. It lives in the content script's isolated
// world, like the perf marks: the page cannot see it.
import type { Highlights } from './highlights';

export function exposeToAutomation(highlights: Highlights): void {
  (globalThis as { treatyLensHighlights?: () => [string, Range][] }).treatyLensHighlights = () => highlights.entries();
}
