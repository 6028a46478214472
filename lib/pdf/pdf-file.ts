// What the reader checks before pdf.js sees a file: its size, and that it starts like a
// PDF. pdf.js would try to repair almost anything; these answers are clearer.

/** Files above this are refused before they are read: 50 MiB. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** The header may follow up to 1024 bytes of junk (PDF 32000-1, 7.5.2 as readers apply it). */
const HEADER_WINDOW = 1024;
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function looksLikePdf(head: Uint8Array): boolean {
  const end = Math.min(head.length, HEADER_WINDOW) - HEADER.length;
  for (let i = 0; i <= end; i++) {
    if (HEADER.every((byte, k) => head[i + k] === byte)) return true;
  }
  return false;
}

/** A file name or URL's last segment, for titles and saved pages. */
export function fileNameOf(source: string): string {
  const path = source.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).at(-1) ?? source;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
