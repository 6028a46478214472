// Where the build puts pdf.js's own files in the extension (wxt.config.ts copies them from
// pdfjs-dist) and where the reader finds them: one list for both, so they cannot drift.
export const PDF_ASSETS = {
  /** Parses the document and extracts its text. */
  worker: 'pdf.worker.min.mjs',
  /** Packed CMaps (.bcmap) for Chinese fonts a file does not embed; a directory, so it ends in a slash. */
  cMaps: 'pdfjs/cmaps/',
  /** The standard 14 fonts' data (Foxit and Liberation), for Latin text in fonts not embedded. */
  standardFonts: 'pdfjs/standard_fonts/',
} as const;

/**
 * What pdfjs-dist ships in those directories that the reader needs: the standard fonts, the
 * CMaps of the two Chinese character collections (Adobe-GB1 and Adobe-CNS1: GB, GBK, Big5,
 * CNS, HKSCS and their Unicode forms; the Japanese and Korean ones are left out, half the
 * size), and the licences.
 */
export function neededAsset(name: string): boolean {
  if (name.endsWith('.bcmap')) return /GB|CNS|B5/.test(name);
  return /\.(pfb|ttf)$/.test(name) || name.startsWith('LICENSE');
}
