// A paragraph's text with glossary terms marked (English in the tooltip) and cited
// agreements linked to the corpus, or labelled when the corpus does not hold them.
import type { Agreement } from '@/lib/corpus/schema';
import { englishLabel } from '@/lib/glossary/compiled';
import type { Part, Piece } from '@/lib/reader/paragraph-pieces';
import { htmlLang, useText, useUiLang } from './lang';
import { docHref } from './links';
import { entryById } from './panel-data';
import { readerStrings } from './strings/reader';

function Parts({ parts }: { parts: readonly Part[] }) {
  return parts.map((part, i) => {
    const entry = part.entryId === undefined ? undefined : entryById.get(part.entryId);
    if (!entry) return <span key={i}>{part.text}</span>;
    return (
      <mark key={i} className="term" data-entry={entry.id} title={`${englishLabel(entry)} — ${entry.pinyin}`}>
        {part.text}
      </mark>
    );
  });
}

function Cited({ agreement, parts }: { agreement: Agreement; parts: readonly Part[] }) {
  const t = useText(readerStrings);
  const lang = useUiLang();
  if (agreement.documentId) {
    return (
      <a className="cite-link" href={docHref(agreement.documentId)} title={t.openAgreement(agreement.date)} data-agreement={agreement.id}>
        <Parts parts={parts} />
      </a>
    );
  }
  return (
    <span className="cite-ref" data-agreement={agreement.id}>
      <Parts parts={parts} />
      <span className="cite-note" lang={htmlLang(lang)}>
        {t.notBundledDated(agreement.date)}
      </span>
    </span>
  );
}

export function ParagraphText({ pieces }: { pieces: readonly Piece[] }) {
  return pieces.map((piece, i) =>
    piece.agreement ? <Cited key={i} agreement={piece.agreement} parts={piece.parts} /> : <Parts key={i} parts={piece.parts} />,
  );
}
