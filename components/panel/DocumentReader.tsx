// A corpus document with paragraph anchors; the target paragraph is scrolled into view
// and marked.
import { useEffect, useRef } from 'react';
import type { CorpusDocument } from '@/lib/corpus/schema';

export function DocumentReader({ doc, paraId }: { doc: CorpusDocument; paraId: string | undefined }) {
  const container = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!paraId) {
      window.scrollTo(0, 0);
      return;
    }
    const el = container.current?.querySelector<HTMLElement>(`[data-para="${CSS.escape(paraId)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [doc.id, paraId]);

  return (
    <article ref={container} className="reader" lang="zh-CN" data-doc={doc.id}>
      <h2>{doc.title}</h2>
      <p className="meta" lang="en">
        {doc.date} · {doc.place ?? '—'} · {doc.source.publication}
        {doc.source.page ? `, p. ${doc.source.page}` : ''}
      </p>
      {doc.paragraphs.map((p, i) => {
        const Tag = p.kind === 'heading' ? 'h3' : 'p';
        return (
          <Tag
            key={p.id}
            id={p.id}
            data-para={p.id}
            tabIndex={-1}
            className={`para para-${p.kind}${p.id === paraId ? ' target' : ''}`}
            aria-current={p.id === paraId ? 'location' : undefined}
          >
            <a className="para-num" href={`#doc=${encodeURIComponent(doc.id)}&p=${p.id}`} aria-label={`Paragraph ${i + 1}`}>
              ¶{i + 1}
            </a>
            {p.text}
          </Tag>
        );
      })}
    </article>
  );
}
