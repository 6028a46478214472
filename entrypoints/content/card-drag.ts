// A pinned card can be moved: drag its head (mouse, pen or finger). Only the reader's own
// pointer counts; the buttons in the head keep their clicks.
export interface DragTarget {
  /** The pointer went down where a drag may start (the head of a pinned card, not a button). */
  canStart(target: Element): boolean;
  moveTo(left: number, top: number): void;
}

export function makeDraggable(card: HTMLElement, target: DragTarget): void {
  let from: { pointerX: number; pointerY: number; left: number; top: number } | undefined;
  const listen = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void) =>
    card.addEventListener(type, handler);
  listen('pointerdown', (event) => {
    if (!event.isTrusted || !(event.target instanceof Element) || event.target.closest('button, a') || !target.canStart(event.target)) return;
    const r = card.getBoundingClientRect();
    from = { pointerX: event.clientX, pointerY: event.clientY, left: r.left, top: r.top };
    card.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  listen('pointermove', (event) => {
    if (from && event.isTrusted) target.moveTo(from.left + event.clientX - from.pointerX, from.top + event.clientY - from.pointerY);
  });
  const end = () => {
    from = undefined;
  };
  listen('pointerup', end);
  listen('pointercancel', end);
}
