// Term and citation spans of corpus paragraphs, and the pieces the reader renders.
import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from '../glossary/data';
import { agreementLookup, citedSpans } from './cited-spans';
import { paragraphPieces } from './paragraph-pieces';
import { createTermSpanFinder, entriesByParagraph, paragraphKey } from './term-spans';

const findTerms = createTermSpanFinder(glossary.matcher.forms);
const byParagraph = entriesByParagraph(glossary.entries);
const lookup = agreementLookup(corpus.agreements);

describe('term spans', () => {
  test('find only the entries the concordance names, at their place in the text', () => {
    const text = '中方支持哈方担任亚信主席国，亚信科技公司不在此列。';
    const spans = findTerms(text, new Set(['cica']));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['亚信']);
    expect(findTerms(text, new Set())).toEqual([]);
  });

  test('map back to full-width and spaced text', () => {
    const text = '上 海 合 作 组 织';
    const [span] = findTerms(text, new Set(['sco']));
    expect(text.slice(span!.start, span!.end)).toBe(text);
  });

  test('find every concordance entry of the bundled corpus in its paragraph', () => {
    for (const doc of corpus.documents) {
      for (const p of doc.paragraphs) {
        const ids = byParagraph.get(paragraphKey(doc.id, p.id)) ?? new Set<string>();
        const found = new Set(findTerms(p.text, ids).map((s) => s.entryId));
        expect([...ids].filter((id) => !found.has(id)), `${doc.id} ${p.id}`).toEqual([]);
      }
    }
  });
});

describe('cited agreements', () => {
  const declaration = corpus.documents.find((d) => d.id === '2014-05-19-cn-kz-joint-declaration')!;
  const p4 = declaration.paragraphs.find((p) => p.id === 'p4')!;

  test('resolve through the paragraph’s citations, bundled or not', () => {
    const spans = citedSpans(p4.text, declaration.citations.filter((c) => c.paragraphId === 'p4'), lookup);
    expect(spans.map((s) => s.agreement.id)).toEqual([
      'cn-kz-treaty-of-good-neighbourliness-2002',
      'cn-kz-joint-statement-2011',
      'cn-kz-joint-declaration-2013',
    ]);
    for (const s of spans) expect(p4.text.slice(s.start, s.end)).toMatch(/^《.+》$/);
  });

  test('resolve by title or alias when the text has no citation graph, and skip newspapers', () => {
    const text = '据《人民日报》报道，双方重申《中哈关于进一步深化全面战略伙伴关系的联合宣言》的原则。';
    expect(citedSpans(text, [], lookup).map((s) => s.agreement.id)).toEqual(['cn-kz-joint-declaration-2013']);
  });
});

describe('paragraph pieces', () => {
  test('keep the text whole, nest terms inside citations, drop a term across a citation edge', () => {
    const text = '遵循《睦邻友好合作条约》，深化睦邻友好。';
    const agreement = corpus.agreements[0]!;
    const cited = [{ start: 2, end: 12, agreement }];
    const terms = [
      { entryId: 'a', start: 3, end: 7 }, // 睦邻友好 inside the citation
      { entryId: 'b', start: 1, end: 4 }, // straddles 《
      { entryId: 'a', start: 15, end: 19 },
    ];
    const pieces = paragraphPieces(text, terms, cited);
    expect(pieces.flatMap((p) => p.parts.map((x) => x.text)).join('')).toBe(text);
    expect(pieces.map((p) => p.agreement?.id ?? null)).toEqual([null, agreement.id, null]);
    expect(pieces[1]!.parts).toContainEqual({ text: '睦邻友好', entryId: 'a' });
    expect(pieces.flatMap((p) => p.parts).filter((x) => x.entryId === 'b')).toEqual([]);
    expect(pieces[2]!.parts).toContainEqual({ text: '睦邻友好', entryId: 'a' });
  });
});
