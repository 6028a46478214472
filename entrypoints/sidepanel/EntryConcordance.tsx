// Where a term occurs in the corpus: one excerpt per paragraph, the term marked, each
// opening the reader at that paragraph.
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { CompiledEntry } from '@/lib/glossary/compiled';
import { snippet } from '@/lib/search/snippet';
import { useText } from './lang';
import { docHref } from './links';
import { bundledDocument, findTermSpans } from './panel-data';
import { entryStrings } from './strings/glossary';
import { readerStrings } from './strings/reader';

/** The term as it is written in this paragraph (a variant, a traditional form), for the excerpt to mark. */
function formsIn(text: string, entryId: string): string[] {
  return findTermSpans(text, new Set([entryId])).map((s) => text.slice(s.start, s.end));
}

export function EntryConcordance({ entry }: { entry: CompiledEntry }) {
  const t = useText(entryStrings);
  const reader = useText(readerStrings);
  return (
    <section aria-labelledby="concordance-heading" className="concordance">
      <h3 id="concordance-heading">{t.concordance(entry.occurrences.length)}</h3>
      <ol>
        {entry.occurrences.map(({ docId, paraId }) => {
          const doc = bundledDocument(docId);
          const text = doc?.paragraphs.find((p) => p.id === paraId)?.text;
          if (!doc || text === undefined) return null;
          return (
            <li key={`${docId}#${paraId}`} data-doc={docId} data-para={paraId}>
              <a href={docHref(docId, paraId)}>
                <span className="result-meta">
                  {doc.date} · <span lang="zh-CN">{doc.title}</span> · {reader.paragraphShort(paragraphNumber(paraId))}
                </span>
                <span className="snippet" lang="zh-CN">
                  {snippet(text, formsIn(text, entry.id)).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
