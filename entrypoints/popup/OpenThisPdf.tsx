// "Open this PDF in Treaty Lens" when the tab shows a site's PDF. The click asks the
// browser for that file's origin alone (the one request the reader then makes); refused,
// nothing is opened and the popup says so.
import { useState } from 'react';
import type { Lang } from '@/lib/i18n/i18n';
import { openSitePdf } from '@/lib/pdf/open-site-pdf';
import { popupStrings } from './strings';

export function OpenThisPdf({ url, lang }: { url: URL; lang: Lang }) {
  const t = popupStrings(lang);
  const [refused, setRefused] = useState(false);
  const open = () => {
    setRefused(false);
    // openSitePdf asks for the permission before its first await: the click's gesture counts.
    openSitePdf(url).then(
      (opened) => (opened ? window.close() : setRefused(true)),
      (err: unknown) => {
        console.warn('[Treaty Lens] could not open the PDF', err);
        setRefused(true);
      },
    );
  };
  return (
    <section className="this-pdf" aria-labelledby="this-pdf-heading">
      <h2 id="this-pdf-heading">{t.pdfHere}</h2>
      <button type="button" onClick={open} aria-describedby="this-pdf-help">
        {t.openThisPdf}
      </button>
      <p id="this-pdf-help" className="help">
        {t.openThisPdfHelp(url.host)}
      </p>
      {refused && (
        <p className="help" role="status">
          {t.pdfRefused(url.host)}
        </p>
      )}
    </section>
  );
}
