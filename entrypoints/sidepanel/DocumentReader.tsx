// A document (bundled or saved) with its metadata and paragraph anchors: headings as
// headings, glossary terms marked, cited agreements linked, a citation to copy per
// paragraph. The target paragraph is scrolled into view, focused and marked.
import { useEffect, useMemo, useRef, useState } from 'react';
import { paragraphNumber } from '@/lib/citation/format-citation';
import { predecessorOf } from '@/lib/compare/predecessor';
import { citedSpans } from '@/lib/reader/cited-spans';
import { paragraphPieces } from '@/lib/reader/paragraph-pieces';
import { CopyCitation } from './CopyCitation';
import { DocumentMeta } from './DocumentMeta';
import { htmlLang, useText, useUiLang } from './lang';
import { compareHref, docHref } from './links';
import { agreements, corpus, findTermSpans, type ReaderDocument } from './panel-data';
import { ParagraphText } from './ParagraphText';
import { compareStrings } from './strings/compare';
import { readerStrings } from './strings/reader';

/** How long a copy confirmation stays (ms). */
const STATUS_MS = 8000;

export function DocumentReader({
  doc,
  paraId,
  entriesOf,
}: {
  doc: ReaderDocument;
  paraId: string | undefined;
  /** Glossary entries found in a paragraph. */
  entriesOf: (paraId: string) => ReadonlySet<string>;
}) {
  const t = useText(readerStrings);
  const tc = useText(compareStrings);
  const predecessor = predecessorOf(doc, corpus.documents);
  const lang = useUiLang();
  const container = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');

  const pieces = useMemo(() => {
    const citations = doc.kind === 'saved-page' ? [] : doc.citations;
    return doc.paragraphs.map((p) =>
      paragraphPieces(
        p.text,
        findTermSpans(p.text, entriesOf(p.id)),
        citedSpans(p.text, citations.filter((c) => c.paragraphId === p.id), agreements),
      ),
    );
  }, [doc, entriesOf]);

  useEffect(() => {
    const root = container.current;
    if (!paraId) {
      window.scrollTo(0, 0);
      root?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
      return;
    }
    const el = root?.querySelector<HTMLElement>(`[data-para="${CSS.escape(paraId)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [doc.id, paraId]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <article ref={container} className="reader" data-doc={doc.id}>
      <header>
        <h2 lang="zh-CN" tabIndex={-1}>
          {doc.title}
        </h2>
        <DocumentMeta doc={doc} />
        {predecessor && (
          <p className="compare-link">
            <a href={compareHref([predecessor, doc.id])}>{tc.comparePredecessor}</a>
          </p>
        )}
      </header>
      <div lang="zh-CN">
        {doc.paragraphs.map((p, i) => {
          const n = paragraphNumber(p.id);
          const Tag = p.kind === 'heading' ? 'h3' : 'p';
          return (
            <div
              key={p.id}
              id={p.id}
              data-para={p.id}
              tabIndex={-1}
              className={`para-row${p.id === paraId ? ' target' : ''}`}
              aria-current={p.id === paraId ? 'location' : undefined}
            >
              <a className="para-num" href={docHref(doc.id, p.id)} aria-label={t.paragraph(n)} lang={htmlLang(lang)}>
                ¶{n}
              </a>
              <Tag className={`para para-${p.kind}`}>
                <ParagraphText pieces={pieces[i]!} />
              </Tag>
              <CopyCitation doc={doc} paraId={p.id} onDone={setStatus} />
            </div>
          );
        })}
      </div>
      <p role="status" className={`toast${status ? ' shown' : ''}`}>
        {status}
      </p>
    </article>
  );
}
