// Keyboard access: Alt+Shift+↓ / Alt+Shift+↑ step to the next / previous term (scrolled
// into view, marked, announced), Enter opens its card with focus inside, Esc closes the
// card and focus returns. Only the reader's own keys count (a page can dispatch keydown
// events, never trusted ones), and only while no widget of the page has focus: keys
// pressed in the page's listboxes, forms or editors are theirs, never prevented or taken.
export interface KeyboardTarget {
  step(delta: 1 | -1): void;
  hasCurrent(): boolean;
  openCurrent(): void;
  cardOpen(): boolean;
  closeCard(): void;
  /** Our host element (focus inside our closed shadow root shows as the host). */
  isOurs(node: EventTarget | null): boolean;
}

/** Nothing of the page's has focus: keys go to the document itself. */
function onDocument(target: EventTarget | null): boolean {
  return target === null || target === document.body || target === document.documentElement || target === document;
}

export function trackKeyboard(target: KeyboardTarget, signal: AbortSignal): void {
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const origin = event.composedPath()[0] ?? event.target;
    if (event.key === 'Escape' && target.cardOpen()) {
      // The page's own Escape (closing its dialog, say) still happens unless our card has focus.
      if (target.isOurs(origin)) event.preventDefault();
      target.closeCard();
      return;
    }
    if (!onDocument(origin) && !target.isOurs(origin)) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      target.step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && target.hasCurrent() && !target.cardOpen()) {
      event.preventDefault();
      target.openCurrent();
    }
  };
  window.addEventListener('keydown', onKey, { capture: true, signal });
}
