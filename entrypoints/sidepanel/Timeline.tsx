// The relationship year by year: corpus documents open in the reader; agreements the
// corpus only cites are marked as such and open where they are first cited.
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { TimelineItem } from '@/lib/timeline/timeline';
import { kindStrings } from './kind-labels';
import { useText } from './lang';
import { docHref } from './links';
import { bundledDocument, timeline } from './panel-data';
import { listStrings, readerStrings } from './strings/reader';

const titleOf = (docId: string) => bundledDocument(docId)?.title ?? docId;

function Item({ item }: { item: TimelineItem }) {
  const t = useText(listStrings);
  const kinds = useText(kindStrings);
  const reader = useText(readerStrings);
  if (item.type === 'document') {
    return (
      <a className="tl-item" href={docHref(item.docId)} data-doc={item.docId}>
        <time dateTime={item.date}>{item.date}</time>
        <span className="kind">{kinds[item.kind]}</span>
        <span className="tl-title" lang="zh-CN">
          {item.title}
        </span>
      </a>
    );
  }
  return (
    <div className="tl-item tl-referenced" data-agreement={item.agreementId}>
      <time dateTime={item.date}>{item.date}</time>
      <span className="kind">
        {t.agreement} · <span className="not-bundled">{reader.notBundled}</span>
      </span>
      <span className="tl-title" lang="zh-CN">
        《{item.title}》
      </span>
      {item.citedIn && (
        <a className="tl-cited" href={docHref(item.citedIn.docId, item.citedIn.paraId)}>
          {t.citedIn(paragraphNumber(item.citedIn.paraId), titleOf(item.citedIn.docId))}
        </a>
      )}
    </div>
  );
}

export function Timeline() {
  const t = useText(listStrings);
  const first = timeline[0]?.year ?? '';
  const last = timeline.at(-1)?.year ?? '';
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.timeline(first, last)}</h2>
      <ol className="timeline">
        {timeline.map((y) => (
          <li key={y.year} className="tl-year">
            <h3>{y.year}</h3>
            <ol>
              {y.items.map((item) => (
                <li key={item.type === 'document' ? item.docId : item.agreementId}>
                  <Item item={item} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
