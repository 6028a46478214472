// Keyboard access: Alt+Shift+↓ / Alt+Shift+↑ step to the next / previous term (scrolled
// into view, marked, announced), Enter opens its card with focus inside, Esc closes the
// card and focus returns. Only the reader's own keys count (a page can dispatch keydown
// events, never trusted ones), and never keys pressed in the page's own widgets (its
// listboxes, forms, editors): those are theirs, never prevented or taken. A link or a
// button of the page may hold focus: stepping works there, and the Enter that follows a
// step opens the card instead of following the link (only that Enter, only right after).
// Enter with text selected (and no fresh step) opens the selection's card.
export interface KeyboardTarget {
  step(delta: 1 | -1): void;
  hasCurrent(): boolean;
  openCurrent(): void;
  /** Opens the card of the page's selection; false when nothing is selected. */
  openSelection(): boolean;
  cardOpen(): boolean;
  closeCard(): void;
  /** Our host element (focus inside our closed shadow root shows as the host). */
  isOurs(node: EventTarget | null): boolean;
}

/** Roles whose widgets use arrows and Enter themselves. */
const WIDGET_ROLES = 'listbox, menu, menubar, grid, tree, treegrid, tablist, combobox, slider, spinbutton, textbox, radiogroup, option, menuitem';
const WIDGETS = `input, textarea, select, [contenteditable]:not([contenteditable="false"]), ${WIDGET_ROLES.split(', ')
  .map((role) => `[role="${role}"]`)
  .join(', ')}`;

/** The page's own widget has focus: its keys are its own. */
function pagesWidget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (target instanceof HTMLElement && target.isContentEditable) || target.closest(WIDGETS) !== null;
}

const isStep = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp');
const plainEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

export function trackKeyboard(target: KeyboardTarget, signal: AbortSignal): void {
  /** The reader's last key was a step: the next Enter is ours wherever focus is. */
  let justStepped = false;
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const stepped = justStepped;
    justStepped = false;
    const origin = event.composedPath()[0] ?? event.target;
    if (event.key === 'Escape' && target.cardOpen()) {
      // The page's own Escape (closing its dialog, say) still happens unless our card has focus.
      if (target.isOurs(origin)) event.preventDefault();
      target.closeCard();
      return;
    }
    if (pagesWidget(origin)) return;
    if (isStep(event)) {
      event.preventDefault();
      target.step(event.key === 'ArrowDown' ? 1 : -1);
      justStepped = true;
    } else if (plainEnter(event) && !target.cardOpen() && (stepped || !(origin instanceof Element) || target.isOurs(origin) || onDocument(origin))) {
      // Prevented on keydown, a focused link is not followed.
      if (target.hasCurrent() && stepped) {
        event.preventDefault();
        target.openCurrent();
      } else if (target.openSelection()) event.preventDefault();
      else if (target.hasCurrent()) {
        event.preventDefault();
        target.openCurrent();
      }
    }
  };
  // Focus moved by other means (a click, a script): the next Enter belongs to where it went.
  const onFocus = () => {
    justStepped = false;
  };
  window.addEventListener('keydown', onKey, { capture: true, signal });
  window.addEventListener('focusin', onFocus, { capture: true, signal });
}

/** Nothing of the page's has focus: keys go to the document itself. */
function onDocument(target: Element): boolean {
  return target === document.body || target === document.documentElement;
}
