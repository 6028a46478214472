// Saving a file from an extension page (exports of the site list, saved pages, the word list, a comparison).
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked later, not at once: the browser may read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadJson(text: string, filename: string): void {
  downloadText(text, filename, 'application/json');
}
