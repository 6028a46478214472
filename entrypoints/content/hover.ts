// Pointer → card, with hover intent read from the pointer's movement: a pointer that is slow
// or resting on a term opens its card at once; one sweeping across a line opens none until
// it stops. The card stays while the pointer travels into it (so its links can be clicked).
// A tap opens it at once. Same-origin iframes with annotations get the same listeners.
import { caretAt, pointInRange } from './hit-test';
import { PointerSpeed } from './pointer-speed';

export interface Hit {
  key: object;
  range: Range;
}

export interface HoverTarget<H extends Hit> {
  /** The annotation at a caret position, if any. */
  hitAt(node: Node, offset: number): H | undefined;
  /** Opens the card of a hit; `point` is the pointer in the hit's frame. */
  show(hit: H, point: { x: number; y: number }): void;
  hide(): void;
  isInsideUi(target: EventTarget | null): boolean;
}

/** Below this speed (px/ms, ≈ 250 px/s) the reader is reading where the pointer is. */
const SLOW = 0.25;
/** A pointer that sent no movement for this long has stopped. */
const REST_MS = 40;
const GRACE_MS = 300;

export function trackHover<H extends Hit>(target: HoverTarget<H>, signal: AbortSignal): { watch: (win: Window) => void } {
  let frame = 0;
  let showTimer = 0;
  let hideTimer = 0;
  let pending: object | undefined;
  let last: { doc: Document; x: number; y: number; target: EventTarget | null } | undefined;
  const speed = new PointerSpeed();

  function locate(doc: Document, x: number, y: number): H | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    // The caret sits between characters: the pointer may be on the one before it.
    for (const offset of [caret.offset, caret.offset - 1]) {
      if (offset < 0) continue;
      const hit = target.hitAt(caret.node, offset);
      if (hit && pointInRange(hit.range, x, y)) return hit;
    }
    return undefined;
  }

  function update(immediate: boolean): void {
    frame = 0;
    if (!last) return;
    if (target.isInsideUi(last.target)) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = locate(last.doc, last.x, last.y);
    if (!hit) {
      pending = undefined;
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => target.hide(), GRACE_MS);
      return;
    }
    clearTimeout(hideTimer);
    if (hit.key === pending) return;
    pending = hit.key;
    clearTimeout(showTimer);
    const point = { x: last.x, y: last.y };
    if (immediate || speed.current < SLOW) target.show(hit, point);
    // Still moving fast: open only if it stops here (any movement re-decides).
    else showTimer = window.setTimeout(() => target.show(hit, point), REST_MS);
  }

  const onPointer = (event: PointerEvent) => {
    if (!event.isTrusted) return; // a page's synthetic pointer events open nothing
    const doc = (event.view ?? window).document;
    last = { doc, x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? event.target };
    speed.sample(event.screenX, event.screenY, event.timeStamp);
    if (event.type === 'pointerdown' && event.pointerType !== 'mouse') {
      pending = undefined;
      update(true);
      return;
    }
    // A pending card waits for the pointer to stop: this movement decides again.
    pending = undefined;
    clearTimeout(showTimer);
    if (!frame) frame = requestAnimationFrame(() => update(false));
  };
  const watched = new WeakSet<Window>();
  const watch = (win: Window) => {
    if (watched.has(win)) return;
    watched.add(win);
    const options = { capture: true, passive: true, signal };
    win.addEventListener('pointermove', onPointer as EventListener, options);
    win.addEventListener('pointerdown', onPointer as EventListener, options);
  };
  watch(window);
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  });
  return { watch };
}
