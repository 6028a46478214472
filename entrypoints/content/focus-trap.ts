// Tab and Shift+Tab stay inside the open card: from its last control back to its first, and
// the other way. Controls in a collapsed section are not counted (they cannot take focus).

const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

/** Handles a trusted Tab inside `container` (whose shadow root is `root`); true if it moved focus. */
export function trapTab(event: KeyboardEvent, container: HTMLElement, root: ShadowRoot): boolean {
  if (!event.isTrusted || event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((c) => c.getClientRects().length > 0);
  if (controls.length === 0) return false;
  const at = controls.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : at < 0 || at === controls.length - 1 ? 0 : at + 1;
  event.preventDefault();
  controls[next]!.focus();
  return true;
}
