// Where the build puts pdf.js's own files in the extension (wxt.config.ts copies them from
// pdfjs-dist) and where the reader finds them: one list for both, so they cannot drift.
export const PDF_ASSETS = {
  /** Parses the document and extracts its text. */
  worker: 'pdf.worker.min.mjs',
} as const;

