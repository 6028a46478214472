// A term's life in the corpus: the years and documents it appears in, oldest first.
import type { CompiledEntry } from '@/lib/glossary/compiled';
import { termTimeline } from '@/lib/glossary/timeline';
import { useText } from './lang';
import { docHref } from './links';
import { corpus } from './panel-data';
import { entryStrings } from './strings/glossary';

export function EntryTimeline({ entry }: { entry: CompiledEntry }) {
  const t = useText(entryStrings);
  const points = termTimeline(entry, corpus);
  return (
    <section aria-labelledby="entry-timeline-heading" className="entry-timeline">
      <h3 id="entry-timeline-heading">{t.timeline}</h3>
      <ol className="timeline">
        {points.map((p) => (
          <li key={p.docId} className="tl-year" data-year={p.year}>
            <a className="tl-item" href={docHref(p.docId)} data-doc={p.docId}>
              <time>{p.year}</time>
              <span className="tl-title" lang="zh-CN">
                {p.title}
              </span>
              <span className="kind">{t.timelinePoint(p.paragraphs)}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
