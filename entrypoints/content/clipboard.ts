// Writing text to the clipboard from the card (on the reader's click). The Clipboard API
// exists only in secure contexts; on an http page a text field inside our closed shadow
// root is selected and copied instead, and focus goes back to the button.
export async function copyText(text: string, root: ShadowRoot, returnTo: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, a policy): try the text-field way.
  }
  const field = document.createElement('textarea');
  field.className = 'sr-only';
  field.value = text;
  root.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  returnTo.focus({ preventScroll: true });
  return copied;
}
