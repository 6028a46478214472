// Opens PDF bytes with pdf.js and says plainly why a file cannot be opened. pdf.js runs in
// its worker, shipped in the extension (wxt.config.ts); it evaluates no code (pdf.js 6 has
// no eval path), fetches nothing (the bytes are ours), renders no XFA and runs no scripts.
import { getDocument, GlobalWorkerOptions, InvalidPDFException, PasswordException, type PDFDocumentProxy } from 'pdfjs-dist';
import { browser, type PublicPath } from 'wxt/browser';
import { looksLikePdf, MAX_PDF_BYTES } from '@/lib/pdf/pdf-file';

type OpenProblem = 'not-pdf' | 'damaged' | 'encrypted' | 'too-large';
export type Opened = { ok: true; doc: PDFDocumentProxy } | { ok: false; problem: OpenProblem };

// Added to the build by a hook (wxt.config.ts), so WXT's PublicPath type does not list it.
GlobalWorkerOptions.workerSrc = browser.runtime.getURL('/pdf.worker.min.mjs' as PublicPath);

export async function openPdf(bytes: Uint8Array): Promise<Opened> {
  if (bytes.length > MAX_PDF_BYTES) return { ok: false, problem: 'too-large' };
  if (!looksLikePdf(bytes.subarray(0, 1024))) return { ok: false, problem: 'not-pdf' };
  const task = getDocument({ data: bytes, enableXfa: false, useWorkerFetch: false, stopAtErrors: false });
  // Asked for a password: refuse at once rather than wait for one.
  let locked = false;
  task.onPassword = () => {
    locked = true;
    void task.destroy();
  };
  try {
    return { ok: true, doc: await task.promise };
  } catch (err) {
    if (locked || err instanceof PasswordException) return { ok: false, problem: 'encrypted' };
    if (!(err instanceof InvalidPDFException)) console.warn('[Treaty Lens] pdf.js could not open the file', err);
    return { ok: false, problem: 'damaged' };
  }
}
