// Copies a paragraph's citation to the clipboard and reports the outcome through the
// reader's status line (so the confirmation is announced as well as shown).
import { formatCitation, paragraphNumber } from '@/lib/citation/format-citation';
import type { ReaderDocument } from './panel-data';

const TEXT = {
  button: 'Copy citation',
  label: (n: number) => `Copy citation for paragraph ${n}`,
  copied: (citation: string) => `Copied: ${citation}`,
  failed: (citation: string) => `Could not copy; select and copy it yourself: ${citation}`,
};

export function citationFor(doc: ReaderDocument, paraId: string): string {
  if (doc.kind === 'saved-page') {
    return formatCitation({ title: doc.title, date: doc.date ?? doc.savedAt.slice(0, 10), paraId, url: doc.url });
  }
  return formatCitation({ title: doc.title, date: doc.date, paraId });
}

export function CopyCitation({ doc, paraId, onDone }: { doc: ReaderDocument; paraId: string; onDone: (message: string) => void }) {
  const copy = async () => {
    const citation = citationFor(doc, paraId);
    try {
      await navigator.clipboard.writeText(citation);
      onDone(TEXT.copied(citation));
    } catch {
      onDone(TEXT.failed(citation));
    }
  };
  return (
    <button type="button" className="copy-cite" aria-label={TEXT.label(paragraphNumber(paraId))} onClick={() => void copy()}>
      {TEXT.button}
    </button>
  );
}
