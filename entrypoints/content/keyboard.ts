// Keyboard access: Alt+Shift+↓ / Alt+Shift+↑ step to the next / previous term (scrolled
// into view, marked, announced), Enter opens its card with focus inside, Esc closes the
// card and focus returns. Keys typed into editable fields are never taken.
export interface KeyboardTarget {
  step(delta: 1 | -1): void;
  hasCurrent(): boolean;
  openCurrent(): void;
  cardOpen(): boolean;
  closeCard(): void;
}

function editable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || (target as HTMLElement).isContentEditable;
}

function interactive(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('a[href], button, summary, [role="button"], [role="link"]');
}

export function trackKeyboard(target: KeyboardTarget, signal: AbortSignal): void {
  const onKey = (event: KeyboardEvent) => {
    const origin = event.composedPath()[0] ?? event.target;
    if (event.key === 'Escape' && target.cardOpen()) {
      event.preventDefault();
      target.closeCard();
      return;
    }
    if (editable(origin)) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      target.step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && target.hasCurrent() && !target.cardOpen() && !interactive(origin)) {
      event.preventDefault();
      target.openCurrent();
    }
  };
  window.addEventListener('keydown', onKey, { capture: true, signal });
}
