// Pointer → card, with hover intent: the card opens after the pointer rests on a term, and
// stays while the pointer travels into it (so its links can be clicked). A tap opens it at
// once. Same-origin iframes with annotations get the same listeners.
import { caretAt, pointInRange } from './hit-test';

export interface Hit {
  key: object;
  range: Range;
}

export interface HoverTarget<H extends Hit> {
  /** The annotation at a caret position, if any. */
  hitAt(node: Node, offset: number): H | undefined;
  show(hit: H): void;
  hide(): void;
  isInsideUi(target: EventTarget | null): boolean;
}

const INTENT_MS = 120;
const GRACE_MS = 300;

export function trackHover<H extends Hit>(target: HoverTarget<H>, signal: AbortSignal): { watch: (win: Window) => void } {
  let frame = 0;
  let showTimer = 0;
  let hideTimer = 0;
  let pending: object | undefined;
  let last: { doc: Document; x: number; y: number; target: EventTarget | null } | undefined;

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
    if (immediate) target.show(hit);
    else showTimer = window.setTimeout(() => target.show(hit), INTENT_MS);
  }

  const onPointer = (event: PointerEvent) => {
    const doc = (event.view ?? window).document;
    last = { doc, x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? event.target };
    if (event.type === 'pointerdown' && event.pointerType !== 'mouse') {
      pending = undefined;
      update(true);
    } else if (!frame) frame = requestAnimationFrame(() => update(false));
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
