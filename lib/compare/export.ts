// A comparison as Markdown and as CSV. Every quotation carries its citation (document,
// date, paragraph); the word-level difference is written with wdiff's marks, [-deleted-]
// and {+inserted+}, which read in plain text and survive any Markdown renderer.
import { formatCitation } from '../citation/format-citation';
import type { Comparison, TopicComparison } from './compare';
import type { DocumentRef } from './document';
import type { DiffPiece } from './token-diff';
import type { TopicOrOther } from './topics';

/** The words of an export, in the interface's language. */
export interface ExportLabels {
  heading: (a: string, b: string) => string;
  legend: string;
  topic: (t: TopicOrOther) => string;
  added: string;
  removed: string;
  evidence: string;
  differences: string;
  none: string;
  /** CSV header, one per column. */
  columns: readonly [topic: string, side: string, document: string, date: string, paragraph: string, citation: string, evidence: string, text: string, pairedWith: string, difference: string];
  side: { a: string; b: string; added: string; removed: string };
}

export function markedDiff(diff: readonly DiffPiece[]): string {
  return diff.map(([op, text]) => (op === '=' ? text : op === '-' ? `[-${text}-]` : `{+${text}+}`)).join('');
}

const cite = (doc: DocumentRef, paraId: string) => formatCitation({ title: doc.title, date: doc.date, paraId, ...(doc.url ? { url: doc.url } : {}) });
const quote = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');

function topicMarkdown(c: Comparison, t: TopicComparison, labels: ExportLabels, termOf: (id: string) => string): string[] {
  const out = [`## ${labels.topic(t.topic)}`, ''];
  if (t.added.length) out.push(`- ${labels.added}: ${t.added.map(termOf).join('、')}`);
  if (t.removed.length) out.push(`- ${labels.removed}: ${t.removed.map(termOf).join('、')}`);
  if (t.added.length || t.removed.length) out.push('');
  for (const [doc, paras] of [[c.a, t.a], [c.b, t.b]] as const) {
    out.push(`### 《${doc.title}》`, '');
    if (paras.length === 0) out.push(labels.none, '');
    for (const p of paras) {
      out.push(quote(p.text), `> — ${cite(doc, p.id)}`);
      if (p.evidence.length) out.push(`> (${labels.evidence}: ${p.evidence.join('、')})`);
      out.push('');
    }
  }
  if (t.pairs.length) {
    out.push(`### ${labels.differences}`, '');
    for (const pair of t.pairs) out.push(quote(markedDiff(pair.diff)), `> — ${cite(c.a, pair.a)} → ${cite(c.b, pair.b)}`, '');
  }
  return out;
}

export function comparisonMarkdown(c: Comparison, labels: ExportLabels, termOf: (id: string) => string): string {
  const lines = [`# ${labels.heading(c.a.title, c.b.title)}`, '', labels.legend, ''];
  for (const t of c.topics) lines.push(...topicMarkdown(c, t, labels, termOf));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function comparisonCsv(c: Comparison, labels: ExportLabels, termOf: (id: string) => string): string {
  const rows: string[][] = [[...labels.columns]];
  for (const t of c.topics) {
    const topic = labels.topic(t.topic);
    for (const [side, doc, paras] of [['a', c.a, t.a], ['b', c.b, t.b]] as const) {
      for (const p of paras) {
        const pair = t.pairs.find((x) => x[side] === p.id);
        const partner = pair ? (side === 'a' ? cite(c.b, pair.b) : cite(c.a, pair.a)) : '';
        rows.push([topic, labels.side[side], doc.title, doc.date ?? '', p.id, cite(doc, p.id), p.evidence.join('、'), p.text, partner, pair && side === 'a' ? markedDiff(pair.diff) : '']);
      }
    }
    for (const id of t.added) rows.push([topic, labels.side.added, c.b.title, c.b.date ?? '', '', '', '', termOf(id), '', '']);
    for (const id of t.removed) rows.push([topic, labels.side.removed, c.a.title, c.a.date ?? '', '', '', '', termOf(id), '', '']);
  }
  // A byte-order mark, so that spreadsheet programs read the Chinese as UTF-8.
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
