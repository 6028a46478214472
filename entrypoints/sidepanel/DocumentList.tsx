// The bundled documents by kind: signed instruments first, then reporting, oldest first.
import type { CorpusDocument, DocumentKind } from '@/lib/corpus/schema';
import { kindStrings } from './kind-labels';
import { useText } from './lang';
import { docHref } from './links';
import { listStrings } from './strings/reader';

const KIND_ORDER: DocumentKind[] = ['joint-statement', 'joint-declaration', 'joint-communique', 'news-report', 'commentary', 'briefing', 'caption'];

export function DocumentList({ documents }: { documents: readonly CorpusDocument[] }) {
  const t = useText(listStrings);
  const kinds = useText(kindStrings);
  const sorted = [...documents].sort((a, b) => a.date.localeCompare(b.date));
  const groups = KIND_ORDER.map((kind) => ({ kind, docs: sorted.filter((d) => d.kind === kind) })).filter((g) => g.docs.length > 0);
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t.documents}</h2>
      {groups.map(({ kind, docs }) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{kinds[kind]}</h3>
          <ul className="doc-list">
            {docs.map((d) => (
              <li key={d.id}>
                <a className="doc-link" href={docHref(d.id)} data-doc={d.id}>
                  <time className="doc-date" dateTime={d.date}>
                    {d.date}
                  </time>
                  <span lang="zh-CN">{d.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
