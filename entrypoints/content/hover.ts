// Pointer → card, with hover intent read from the pointer's movement: a pointer that is slow
// or resting on a term opens its card at once; one sweeping across a line opens none until
// it stops. The card stays while the pointer travels into it (so its links can be clicked).
// A tap opens it at once. Same-origin iframes with annotations get the same listeners.
// Which cards the pointer may open depends on the lookup key (read from each trusted
// event's modifier state): any other word under the pointer is looked up while it is held,
// and in the hold-a-key mode glossary cards wait for it too. Pressing the key while the
// pointer rests looks up what is under it, as 10ten and Yomitan readers expect.
import type { HoverReach, Modifiers } from '@/lib/settings/lookup-key';
import { isHanCode } from '@/lib/text/han';
import { caretAt, charAt, pointInRange } from './hit-test';
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
  /** What the pointer may open with these keys held. */
  reach(modifiers: Modifiers): HoverReach;
  /** Whether a KeyboardEvent's key is the lookup key. */
  isLookupKey(key: string): boolean;
  /** Looks up the word at a character (no annotation there) and opens its card. */
  showWord(at: { node: Text; offset: number }, point: { x: number; y: number }): void;
}

/** What is under the pointer: an annotation (offset -1) or a character of a text node. */
interface Found {
  key: object;
  offset: number;
  open(): void;
}

const modifiersOf = (event: MouseEvent | KeyboardEvent): Modifiers => ({ shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey });
const modifierCount = (event: KeyboardEvent) => [event.shiftKey, event.altKey, event.ctrlKey, event.metaKey].filter(Boolean).length;

/** Below this speed (px/ms, ≈ 250 px/s) the reader is reading where the pointer is. */
const SLOW = 0.25;
/** A pointer that sent no movement for this long has stopped. */
const REST_MS = 40;
const GRACE_MS = 300;

export function trackHover<H extends Hit>(target: HoverTarget<H>, signal: AbortSignal): { watch: (win: Window) => void } {
  let frame = 0;
  let showTimer = 0;
  let hideTimer = 0;
  let pending: { key: object; offset: number } | undefined;
  let last: { doc: Document; x: number; y: number; target: EventTarget | null; modifiers: Modifiers } | undefined;
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

  function find(doc: Document, x: number, y: number, modifiers: Modifiers): Found | undefined {
    const reach = target.reach(modifiers);
    const point = { x, y };
    const hit = reach.glossary ? locate(doc, x, y) : undefined;
    if (hit) return { key: hit.key, offset: -1, open: () => target.show(hit, point) };
    const at = reach.words ? charAt(doc, x, y) : undefined;
    // Only Chinese is looked up: Latin text, digits and punctuation cost no message.
    if (at && isHanCode(at.node.data.codePointAt(at.offset)!) && !target.isInsideUi(at.node)) return { key: at.node, offset: at.offset, open: () => target.showWord(at, point) };
    return undefined;
  }

  function update(immediate: boolean): void {
    frame = 0;
    if (!last) return;
    if (target.isInsideUi(last.target)) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = find(last.doc, last.x, last.y, last.modifiers);
    if (!hit) {
      pending = undefined;
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => target.hide(), GRACE_MS);
      return;
    }
    clearTimeout(hideTimer);
    if (hit.key === pending?.key && hit.offset === pending.offset) return;
    pending = { key: hit.key, offset: hit.offset };
    clearTimeout(showTimer);
    if (immediate || speed.current < SLOW) hit.open();
    // Still moving fast: open only if it stops here (any movement re-decides).
    else showTimer = window.setTimeout(() => hit.open(), REST_MS);
  }

  const onPointer = (event: PointerEvent) => {
    if (!event.isTrusted) return; // a page's synthetic pointer events open nothing
    const doc = (event.view ?? window).document;
    last = { doc, x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? event.target, modifiers: modifiersOf(event) };
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
  // The lookup key pressed alone (not as part of Alt+Shift+↓) while the pointer rests.
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.repeat || !last || !target.isLookupKey(event.key) || modifierCount(event) !== 1) return;
    last = { ...last, modifiers: modifiersOf(event) };
    pending = undefined;
    update(true);
  };
  const watched = new WeakSet<Window>();
  const watch = (win: Window) => {
    if (watched.has(win)) return;
    watched.add(win);
    const options = { capture: true, passive: true, signal };
    win.addEventListener('pointermove', onPointer as EventListener, options);
    win.addEventListener('pointerdown', onPointer as EventListener, options);
    win.addEventListener('keydown', onKey, options);
  };
  watch(window);
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  });
  return { watch };
}
