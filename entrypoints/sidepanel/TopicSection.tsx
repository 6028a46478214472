// One topic of a comparison: the terms only one text uses, the topic's paragraphs of both
// texts side by side in document order (each with why it is here), and the closest
// paragraphs diffed word by word.
import { paragraphNumber } from '@/lib/citation/format-citation';
import type { ClassedParagraph, Comparison, TopicComparison } from '@/lib/compare/compare';
import type { DocumentRef } from '@/lib/compare/document';
import { DiffText } from './DiffText';
import { useDocLink } from './doc-links';
import { useText } from './lang';
import { termOf } from './panel-data';
import { compareStrings } from './strings/compare';

function Column({ doc, side, paragraphs, topic }: { doc: DocumentRef; side: 'a' | 'b'; paragraphs: readonly ClassedParagraph[]; topic: string }) {
  const t = useText(compareStrings);
  const link = useDocLink();
  return (
    <div className="compare-col" data-side={side}>
      <h5 className="compare-col-head">
        {doc.date ?? t.undated} <span lang="zh-CN">{doc.title}</span>
      </h5>
      {paragraphs.length === 0 && <p className="muted">{t.noParagraphs}</p>}
      {paragraphs.map((p) => (
        <div key={p.id} className="compare-para" data-para={p.id}>
          <a className="para-num" href={link(doc.id, p.id)}>
            {t.paragraph(paragraphNumber(p.id))}
          </a>
          <p lang="zh-CN">{p.text}</p>
          <p className="evidence">{p.evidence.length ? t.classedAs(topic, p.evidence.join('、')) : t.unclassed}</p>
        </div>
      ))}
    </div>
  );
}

export function TopicSection({ comparison, topic, index }: { comparison: Comparison; topic: TopicComparison; index: number }) {
  const t = useText(compareStrings);
  const link = useDocLink();
  const label = t.topic(topic.topic);
  const id = `topic-${index}-${topic.topic}`;
  return (
    <section className="compare-topic" data-topic={topic.topic} aria-labelledby={id}>
      <h4 id={id}>{label}</h4>
      {topic.added.length > 0 && (
        <p className="term-delta" data-delta="added">
          {t.added}: <span lang="zh-CN">{topic.added.map(termOf).join('、')}</span>
        </p>
      )}
      {topic.removed.length > 0 && (
        <p className="term-delta" data-delta="removed">
          {t.removed}: <span lang="zh-CN">{topic.removed.map(termOf).join('、')}</span>
        </p>
      )}
      <div className="compare-cols">
        <Column doc={comparison.a} side="a" paragraphs={topic.a} topic={label} />
        <Column doc={comparison.b} side="b" paragraphs={topic.b} topic={label} />
      </div>
      {topic.pairs.length > 0 && (
        <>
          <h5>{t.differences}</h5>
          <ol className="compare-pairs">
            {topic.pairs.map((pair) => (
              <li key={`${pair.a}-${pair.b}`} data-pair={`${pair.a}-${pair.b}`}>
                <p className="pair-head">
                  <a href={link(comparison.a.id, pair.a)}>{t.paragraph(paragraphNumber(pair.a))}</a> →{' '}
                  <a href={link(comparison.b.id, pair.b)}>{t.paragraph(paragraphNumber(pair.b))}</a>{' '}
                  <span className="muted" lang="zh-CN">
                    {t.shared(pair.shared.slice(0, 6).join('、'))}
                  </span>
                </p>
                <p className="diff" lang="zh-CN">
                  <DiffText diff={pair.diff} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
