// "Open this PDF in Treaty Lens" in the context menu of a link to a PDF: the one place the
// extension asks to fetch from a site. The host permission for that link's origin alone is
// requested at the click (optional_host_permissions in the manifest; never all sites); if
// it is refused nothing is opened. The reader (pdf.html?file=) then makes the one request.
import { browser } from 'wxt/browser';

const MENU_ID = 'treaty-lens-open-pdf';

/** The reader's address for a PDF at `url`. */
function readerUrlFor(url: string): string {
  return `${browser.runtime.getURL('/pdf.html')}?file=${encodeURIComponent(url)}`;
}

async function openLinkedPdf(link: string): Promise<void> {
  const url = new URL(link);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  // Called first thing in the click's handler, while the click still counts as the user's.
  const granted = await browser.permissions.request({ origins: [`${url.origin}/*`] });
  if (granted) await browser.tabs.create({ url: readerUrlFor(url.href) });
}

export function registerPdfMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Open this PDF in Treaty Lens',
      contexts: ['link'],
      targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.pdf#*', '*://*/*.PDF'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    openLinkedPdf(info.linkUrl).catch((err: unknown) => console.warn('[Treaty Lens] could not open the PDF', err));
  });
}
