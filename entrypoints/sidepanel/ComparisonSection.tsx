// One comparison (an earlier text and the next one): its exports and its topics.
import { downloadText } from '@/components/download';
import type { Comparison } from '@/lib/compare/compare';
import { comparisonCsv, comparisonMarkdown, type ExportLabels } from '@/lib/compare/export';
import { useText } from './lang';
import { termOf } from './panel-data';
import { compareStrings } from './strings/compare';
import { TopicSection } from './TopicSection';

function exportLabels(t: ReturnType<typeof compareStrings>): ExportLabels {
  return {
    heading: (a, b) => t.exportHeading(`《${a}》`, `《${b}》`),
    legend: t.exportLegend,
    topic: t.topic,
    added: t.exportAdded,
    removed: t.exportRemoved,
    evidence: t.exportEvidence,
    differences: t.differences,
    none: t.exportNone,
    columns: [t.colTopic, t.colSide, t.colDocument, t.colDate, t.colParagraph, t.colCitation, t.colEvidence, t.colText, t.colPaired, t.colDifference],
    side: { a: t.sideA, b: t.sideB, added: t.sideAdded, removed: t.sideRemoved },
  };
}

export function ComparisonSection({ comparison, index }: { comparison: Comparison; index: number }) {
  const t = useText(compareStrings);
  const { a, b } = comparison;
  const base = `treaty-lens-compare-${a.date ?? 'undated'}-${b.date ?? 'undated'}`;
  const labels = exportLabels(t);
  return (
    <section className="comparison" data-a={a.id} data-b={b.id} aria-labelledby={`comparison-${index}`}>
      <h3 id={`comparison-${index}`} lang="zh-CN">
        {t.pairHeading(`${a.date ?? t.undated} 《${a.title}》`, `${b.date ?? t.undated} 《${b.title}》`)}
      </h3>
      <p className="compare-exports">
        <button type="button" onClick={() => downloadText(comparisonMarkdown(comparison, labels, termOf), `${base}.md`, 'text/markdown')}>
          {t.exportMarkdown}
        </button>{' '}
        <button type="button" onClick={() => downloadText(comparisonCsv(comparison, labels, termOf), `${base}.csv`, 'text/csv')}>
          {t.exportCsv}
        </button>
      </p>
      <p className="muted small">{t.legend}</p>
      {comparison.topics.map((topic) => (
        <TopicSection key={topic.topic} comparison={comparison} topic={topic} index={index} />
      ))}
    </section>
  );
}
