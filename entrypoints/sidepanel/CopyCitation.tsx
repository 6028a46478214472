// Copies a paragraph's citation to the clipboard and reports the outcome through the
// reader's status line (so the confirmation is announced as well as shown).
import { formatCitation, paragraphNumber } from '@/lib/citation/format-citation';
import { useText } from './lang';
import type { ReaderDocument } from './panel-data';
import { readerStrings } from './strings/reader';

function citationFor(doc: ReaderDocument, paraId: string): string {
  if (doc.kind === 'saved-page') {
    return formatCitation({ title: doc.title, date: doc.date ?? doc.savedAt.slice(0, 10), paraId, url: doc.url });
  }
  return formatCitation({ title: doc.title, date: doc.date, paraId });
}

export function CopyCitation({ doc, paraId, onDone }: { doc: ReaderDocument; paraId: string; onDone: (message: string) => void }) {
  const t = useText(readerStrings);
  const copy = async () => {
    const citation = citationFor(doc, paraId);
    try {
      await navigator.clipboard.writeText(citation);
      onDone(t.copied(citation));
    } catch {
      onDone(t.copyFailed(citation));
    }
  };
  return (
    <button type="button" className="copy-cite" aria-label={t.copyLabel(paragraphNumber(paraId))} onClick={() => void copy()}>
      {t.copy}
    </button>
  );
}
