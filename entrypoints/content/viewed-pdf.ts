// Chromium runs content scripts in the page of its own PDF viewer, whose document's content
// type is the PDF's. Saying so in the page state lets the popup offer the reader for a PDF
// whose address does not end in .pdf (…/download?id=3), known without fetching anything.
// (Firefox's viewer runs no content scripts: there the popup goes by the address alone.)

/** `{ pdf: address }` when the browser shows this document as a PDF, else nothing to add. */
export function viewedPdfAddress(doc: Document): { pdf: string } | Record<string, never> {
  return doc.contentType === 'application/pdf' ? { pdf: doc.location.href } : {};
}
