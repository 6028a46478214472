// Saving a JSON file from an extension page (exports of the site list and of saved pages).
export function downloadJson(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked later, not at once: the browser may read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
