// The 2005 statement against the 2014 declaration, end to end in Node: topics, terms only
// one of them uses, closest paragraphs paired and diffed; the formula's history; the
// predecessor rule; the exports.
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from '../glossary/data';
import { createMatcher } from '../glossary/matcher';
import { entriesByParagraph, paragraphKey } from '../reader/term-spans';
import { createSegmenter } from '../segment/segmenter';
import { compareDocuments } from './compare';
import { toCompareDocument, type CompareDocument } from './document';
import { comparisonCsv, comparisonMarkdown, markedDiff, type ExportLabels } from './export';
import { formulaFamily, formulaHistory, isUpgrade } from './formula-history';
import { predecessorOf } from './predecessor';
import { createCompareTools } from './tools';

const STATEMENT_2005 = '2005-07-04-cn-kz-joint-statement-strategic-partnership';
const DECLARATION_2014 = '2014-05-19-cn-kz-joint-declaration';
const STATEMENT_2023 = '2023-05-17-cn-kz-joint-statement';

const byParagraph = entriesByParagraph(glossary.entries);
const segmenter = createSegmenter(jieba, createMatcher(glossary.matcher).userWords);
const tools = createCompareTools((text) => segmenter.tokenize(text).map((t) => t.word), glossary);
const bundled = (id: string): CompareDocument => {
  const doc = corpus.documents.find((d) => d.id === id)!;
  return toCompareDocument(doc, (p) => byParagraph.get(paragraphKey(id, p)) ?? []);
};
const comparison = compareDocuments(bundled(STATEMENT_2005), bundled(DECLARATION_2014), tools);
const topic = (name: string) => comparison.topics.find((t) => t.topic === name)!;

describe('comparing two documents', () => {
  test('keeps body paragraphs only, each under exactly one topic, in document order', () => {
    const ids = (side: 'a' | 'b') => comparison.topics.flatMap((t) => t[side].map((p) => p.id));
    const body = (id: string) => corpus.documents.find((d) => d.id === id)!.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.id);
    expect([...ids('a')].sort()).toEqual([...body(STATEMENT_2005)].sort());
    expect([...ids('b')].sort()).toEqual([...body(DECLARATION_2014)].sort());
    for (const t of comparison.topics) {
      const nums = t.a.map((p) => Number(p.id.slice(1)));
      expect(nums).toEqual([...nums].sort((x, y) => x - y));
    }
  });

  test('the relationship formula: 全面战略伙伴关系 added, 战略伙伴关系 removed, under political relations', () => {
    const political = topic('political');
    expect(political.added).toContain('comprehensive-strategic-partnership');
    expect(political.removed).toContain('strategic-partnership');
    expect(political.added).not.toContain('strategic-partnership');
  });

  test('energy paragraphs are paired by what they share: the 2005 pipelines with the 2014 pipelines', () => {
    const energy = topic('energy');
    expect(energy.a.map((p) => p.id)).toContain('p15');
    expect(energy.b.map((p) => p.id)).toEqual(expect.arrayContaining(['p16', 'p17']));
    const pair = energy.pairs.find((p) => p.a === 'p15')!;
    expect(pair.b).toBe('p17');
    expect(pair.shared).toContain('中哈天然气管道');
    expect(pair.diff).toContainEqual(['=', '中哈天然气管道']);
    expect(pair.diff).toContainEqual(['+', '将做好中哈原油管道扩建和投产运营工作']);
    expect(energy.added).toEqual(expect.arrayContaining(['energy-strategic-partnership', 'china-kazakhstan-crude-oil-pipeline']));
    expect(energy.removed).toContain('atasu-alashankou-oil-pipeline');
  });

  test('a diff rebuilds both paragraphs exactly', () => {
    const text = (doc: string, id: string) => corpus.documents.find((d) => d.id === doc)!.paragraphs.find((p) => p.id === id)!.text;
    for (const t of comparison.topics) {
      for (const pair of t.pairs) {
        expect(pair.diff.filter(([op]) => op !== '+').map(([, s]) => s).join('')).toBe(text(STATEMENT_2005, pair.a));
        expect(pair.diff.filter(([op]) => op !== '-').map(([, s]) => s).join('')).toBe(text(DECLARATION_2014, pair.b));
      }
    }
  });
});

describe('formula history', () => {
  const family = formulaFamily('comprehensive-strategic-partnership', glossary.entries);
  const history = formulaHistory(family, corpus.documents.map((d) => bundled(d.id)));

  test('the family of a formula is the formula and its related formulas', () => {
    expect(family).toEqual(['comprehensive-strategic-partnership', 'strategic-partnership', 'permanent-comprehensive-strategic-partnership']);
    expect(formulaFamily('no-such-entry', glossary.entries)).toEqual([]);
  });

  test('each term has its first and last document, oldest use first', () => {
    expect(history.terms.map((t) => t.entryId)).toEqual(['strategic-partnership', 'comprehensive-strategic-partnership', 'permanent-comprehensive-strategic-partnership']);
    const strategic = history.terms[0]!;
    expect(strategic.first.doc.id).toBe(STATEMENT_2005);
    expect(strategic.first.paraIds).toContain('p6');
    expect(history.terms[2]!.last.doc.date).toBe('2023-05-17');
  });

  test('each change of wording, with the paragraphs of the new wording', () => {
    const first = history.changes[0]!;
    expect(first.previous.id).toBe(STATEMENT_2005);
    expect(first.from).toEqual(['strategic-partnership']);
    expect(first.to).toContain('comprehensive-strategic-partnership');
    const permanent = history.changes.find((c) => c.to.includes('permanent-comprehensive-strategic-partnership'))!;
    expect(permanent.doc.date).toBe('2023-05-17');
    const doc = corpus.documents.find((d) => d.id === permanent.doc.id)!;
    for (const p of permanent.paraIds) expect(doc.paragraphs.find((x) => x.id === p)!.text).toContain('永久全面战略伙伴关系');
  });
});

describe('an upgrade of a formula', () => {
  test('is a new wording that contains the old one', () => {
    const ref = { id: 'x', title: 'x', date: null };
    const change = (from: string[], to: string[]) => ({ previous: ref, doc: ref, from, to, paraIds: [] });
    expect(isUpgrade(change(['strategic-partnership'], ['comprehensive-strategic-partnership']), tools.termOf)).toBe(true);
    expect(isUpgrade(change(['people-to-people-contacts'], ['people-to-people-exchanges']), tools.termOf)).toBe(false);
    expect(isUpgrade(change(['good-neighborly-friendship'], ['good-neighborly-friendship', 'mutual-benefit-win-win']), tools.termOf)).toBe(false);
  });
});

describe('the predecessor of a document', () => {
  const docs = corpus.documents;
  test('a declaration follows the last statement or declaration, a statement the last declaration', () => {
    expect(predecessorOf(docs.find((d) => d.id === DECLARATION_2014)!, docs)).toBe(STATEMENT_2005);
    expect(predecessorOf(docs.find((d) => d.id === STATEMENT_2023)!, docs)).toBe(DECLARATION_2014);
  });

  test('the first of its kind has none; a saved page follows the last statement before its date', () => {
    expect(predecessorOf(docs.find((d) => d.id === STATEMENT_2005)!, docs)).toBeUndefined();
    expect(predecessorOf({ id: 'user-x', kind: 'saved-page', date: '2020-01-01' }, docs)).toBe(DECLARATION_2014);
    expect(predecessorOf({ id: 'user-x', kind: 'saved-page', date: null }, docs)).toBe(STATEMENT_2023);
  });
});

describe('export', () => {
  const labels: ExportLabels = {
    heading: (a, b) => `${a} → ${b}`,
    legend: '[-deleted-] {+inserted+}',
    topic: (t) => t.toUpperCase(),
    added: 'Added',
    removed: 'Removed',
    evidence: 'classed by',
    differences: 'Differences',
    none: '(none)',
    columns: ['topic', 'side', 'document', 'date', 'paragraph', 'citation', 'evidence', 'text', 'paired with', 'difference'],
    side: { a: 'A', b: 'B', added: 'added term', removed: 'removed term' },
  };

  test('Markdown: every quoted line is followed by its citation (document, date, paragraph)', () => {
    const md = comparisonMarkdown(comparison, labels, tools.termOf);
    expect(md).toContain('## ENERGY');
    expect(md).toContain('- Added: ');
    expect(md).toContain('全面战略伙伴关系');
    const lines = md.split('\n');
    const quotes = lines.filter((l) => l.startsWith('> ') && !l.startsWith('> —') && !l.startsWith('> ('));
    expect(quotes.length).toBeGreaterThan(80);
    lines.forEach((line, i) => {
      if (!quotes.includes(line)) return;
      const rest = lines.slice(i + 1).find((l) => l.startsWith('> —'))!;
      expect(rest).toMatch(/^> — 《[^》]+》（\d{4}-\d{2}-\d{2}），第\d+段/);
    });
    expect(md).toContain(`> — 《中华人民共和国和哈萨克斯坦共和国关于建立和发展战略伙伴关系的联合声明》（2005-07-04），第15段 → 《中华人民共和国和哈萨克斯坦共和国联合宣言》（2014-05-19），第17段`);
  });

  test('the diff in text marks: [-deleted-] and {+inserted+}', () => {
    expect(markedDiff([['=', '双方'], ['-', '建立'], ['+', '深化'], ['=', '。']])).toBe('双方[-建立-]{+深化+}。');
  });

  test('CSV: one row per paragraph and per added or removed term, quoted where needed, each paragraph cited', () => {
    const csv = comparisonCsv(comparison, labels, tools.termOf);
    expect(csv.startsWith('\uFEFFtopic,side,document,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toHaveLength(10);
    for (const r of rows) expect(r).toHaveLength(10);
    const paragraphs = rows.filter((r) => r[1] === 'A' || r[1] === 'B');
    const total = comparison.topics.reduce((n, t) => n + t.a.length + t.b.length, 0);
    expect(paragraphs).toHaveLength(total);
    for (const r of paragraphs) expect(r[5]).toBe(`《${r[2]}》（${r[3]}），第${r[4]!.slice(1)}段`);
    const p15 = paragraphs.find((r) => r[1] === 'A' && r[4] === 'p15')!;
    expect(p15[8]).toContain('第17段');
    expect(p15[9]).toContain('{+将做好中哈原油管道扩建和投产运营工作+}');
    expect(rows.some((r) => r[1] === 'removed term' && r[7] === '战略伙伴关系')).toBe(true);
  });
});

/** A small RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
