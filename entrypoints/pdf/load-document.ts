// Opens PDF bytes with pdf.js and says plainly why a file cannot be opened. pdf.js runs in
// its worker, shipped in the extension (wxt.config.ts); it evaluates no code (pdf.js 6 has
// no eval path), fetches nothing from the network (the bytes are ours;
// CMaps and standard fonts come from the extension itself), renders no XFA and runs no scripts.
import { getDocument, GlobalWorkerOptions, InvalidPDFException, PasswordException, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import { browser, type PublicPath } from 'wxt/browser';
import { PDF_ASSETS } from '@/lib/pdf/pdf-assets';
import { looksLikePdf, MAX_PDF_BYTES } from '@/lib/pdf/pdf-file';

type OpenProblem = 'not-pdf' | 'damaged' | 'encrypted' | 'too-large';
export type Opened = { ok: true; doc: PDFDocumentProxy } | { ok: false; problem: OpenProblem };

// Added to the build by a hook (wxt.config.ts), so WXT's PublicPath type does not list them.
const assetUrl = (path: string) => browser.runtime.getURL(`/${path}` as PublicPath);
GlobalWorkerOptions.workerSrc = assetUrl(PDF_ASSETS.worker);

// Started with the page, not with the first file: starting the worker (parsing its 1 MB
// script) then overlaps with the reader picking a file rather than delaying the first page.
let worker: PDFWorker | undefined;
export function warmUp(): void {
  worker ??= new PDFWorker();
}

export async function openPdf(bytes: Uint8Array): Promise<Opened> {
  if (bytes.length > MAX_PDF_BYTES) return { ok: false, problem: 'too-large' };
  if (!looksLikePdf(bytes.subarray(0, 1024))) return { ok: false, problem: 'not-pdf' };
  warmUp();
  const task = getDocument({
    data: bytes,
    worker,
    enableXfa: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    // Glyphs drawn from outlines the worker extracts, not through a FontFace: the browser
    // parses a FontFace on the main thread in one task (100–300 ms for a CJK font).
    disableFontFace: true,
    // Text in a font the file does not embed (common in Chinese documents: STSong-Light with
    // UniGB-UCS2-H and the like) is read through its encoding's CMap; the main thread fetches
    // these from the extension and hands them to the worker (useWorkerFetch: false).
    cMapUrl: assetUrl(PDF_ASSETS.cMaps),
    cMapPacked: true,
    standardFontDataUrl: assetUrl(PDF_ASSETS.standardFonts),
  });
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
