// Opening a site's PDF in the reader: the one place Treaty Lens asks to fetch from a site.
// The host permission for that file's origin alone is requested (optional_host_permissions
// in the manifest; never all sites), then the reader (pdf.html?file=) makes the one request.
// Refused: nothing is opened and nothing is fetched. Call it first thing in a click's
// handler, with no await before it: permissions.request needs the user's gesture.
import { browser } from 'wxt/browser';
import { originPattern } from './pdf-address';

/** The reader's address for a PDF at `url`. */
function readerUrlFor(url: URL): string {
  return `${browser.runtime.getURL('/pdf.html')}?file=${encodeURIComponent(url.href)}`;
}

/** True when the reader was opened (the permission granted, now or before). */
export async function openSitePdf(url: URL): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(url)] });
  if (granted) await browser.tabs.create({ url: readerUrlFor(url) });
  return granted;
}
