// Which addresses the reader may be asked to fetch, and how a tab's address is judged to
// be a PDF: from the address alone, so the popup can offer "Open this PDF in Treaty Lens"
// without fetching anything to find out.

/** An http(s) address, or undefined: the reader fetches from nowhere else. */
export function siteAddress(address: string | undefined): URL | undefined {
  if (address === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** A site's PDF by its address: the path's last segment ends in .pdf (any case; query and fragment aside). */
export function sitePdfAddress(address: string | undefined): URL | undefined {
  const url = siteAddress(address);
  return url && /\.pdf$/i.test(url.pathname) ? url : undefined;
}

/** The one host permission asked for a PDF at `url`: its origin alone, never all sites. */
export function originPattern(url: URL): string {
  return `${url.origin}/*`;
}
