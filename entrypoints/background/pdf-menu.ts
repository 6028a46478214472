// "Open this PDF in Treaty Lens" in the context menu of a link to a PDF. The link's origin
// alone is asked for at the click, and the reader then fetches the file (lib/pdf/open-site-pdf.ts).
import { browser } from 'wxt/browser';
import { openSitePdf } from '@/lib/pdf/open-site-pdf';
import { siteAddress } from '@/lib/pdf/pdf-address';

const MENU_ID = 'treaty-lens-open-pdf';

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
    const url = info.menuItemId === MENU_ID ? siteAddress(info.linkUrl) : undefined;
    // Called first thing in the click's handler, while the click still counts as the user's.
    if (url) openSitePdf(url).catch((err: unknown) => console.warn('[Treaty Lens] could not open the PDF', err));
  });
}
