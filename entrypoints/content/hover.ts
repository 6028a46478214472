// Pointer → card, with hover intent: the card opens after the pointer rests on a term,
// and stays while the pointer travels into it (so its links can be clicked). A tap opens
// it at once.
import { annotationAt, caretAt, pointInRange, type Annotated } from './hit-test';

export interface HoverTarget extends Annotated {
  offsetOf(node: Node, offset: number): number;
  rangeOf(index: number): Range | undefined;
  show(index: number, range: Range): void;
  hide(): void;
  isInsideUi(target: EventTarget | null): boolean;
}

const INTENT_MS = 120;
const GRACE_MS = 300;

export function trackHover(target: () => HoverTarget | undefined, signal: AbortSignal): void {
  let frame = 0;
  let showTimer = 0;
  let hideTimer = 0;
  let pending = -1;
  let lastX = 0;
  let lastY = 0;
  let lastEventTarget: EventTarget | null = null;

  function locate(t: HoverTarget, x: number, y: number): { index: number; range: Range } | undefined {
    const caret = caretAt(x, y);
    if (!caret) return undefined;
    const at = t.offsetOf(caret.node, caret.offset);
    if (at < 0) return undefined;
    // The caret sits between characters: the pointer may be on the one before it.
    for (const probe of [at, at - 1]) {
      const index = annotationAt(t, probe);
      if (index < 0) continue;
      const range = t.rangeOf(index);
      if (range && pointInRange(range, x, y)) return { index, range };
    }
    return undefined;
  }

  function update(immediate: boolean): void {
    frame = 0;
    const t = target();
    if (!t) return;
    if (t.isInsideUi(lastEventTarget)) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = locate(t, lastX, lastY);
    if (!hit) {
      pending = -1;
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => t.hide(), GRACE_MS);
      return;
    }
    clearTimeout(hideTimer);
    if (hit.index === pending) return;
    pending = hit.index;
    clearTimeout(showTimer);
    if (immediate) t.show(hit.index, hit.range);
    else showTimer = window.setTimeout(() => t.show(hit.index, hit.range), INTENT_MS);
  }

  const onMove = (event: PointerEvent) => {
    lastX = event.clientX;
    lastY = event.clientY;
    lastEventTarget = event.composedPath()[0] ?? event.target;
    const tap = event.type === 'pointerdown' && event.pointerType !== 'mouse';
    if (tap) {
      pending = -1;
      update(true);
    } else if (!frame) frame = requestAnimationFrame(() => update(false));
  };
  const options = { capture: true, passive: true, signal };
  window.addEventListener('pointermove', onMove, options);
  window.addEventListener('pointerdown', onMove, options);
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  });
}
