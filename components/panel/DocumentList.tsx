import type { CorpusDocument } from '@/lib/corpus/schema';

export function DocumentList({ documents, onOpen }: { documents: CorpusDocument[]; onOpen: (id: string) => void }) {
  const sorted = [...documents].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <ol className="doc-list">
        {sorted.map((d) => (
          <li key={d.id}>
            <button type="button" className="doc-link" onClick={() => onOpen(d.id)}>
              <span className="doc-date">{d.date}</span>
              <span lang="zh-CN">{d.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
