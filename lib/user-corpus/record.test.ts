import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from '../glossary/data';
import { createMatcher } from '../glossary/matcher';
import { createSegmenter } from '../segment/segmenter';
import { userDocumentFromPage } from './from-page';
import { indexDocument, toRecord } from './record';

describe('indexDocument', () => {
  test('gives a saved page its search terms and its glossary entries per paragraph', () => {
    const result = userDocumentFromPage(
      {
        url: 'https://example.cn/a.html',
        title: '亚信峰会',
        text: '中方支持哈方担任亚信主席国。\n亚信科技公司发布年报。\n双方将在上海合作组织框架内打击“三股势力”。',
      },
      '2024-03-01T08:00:00.000Z',
    );
    if (!result.ok) throw new Error('fixture');
    const matcher = createMatcher(glossary.matcher);
    const record = toRecord(result.doc, indexDocument(result.doc, { jieba, segmenter: createSegmenter(jieba, matcher.userWords), matcher }));
    expect(record.id).toBe(result.doc.id);
    expect(record.terms.paragraphs).toHaveLength(3);
    expect(record.terms.paragraphs[2]!.split(' ')).toEqual(expect.arrayContaining(['上海', '合作', '组织']));
    expect(record.entries[0]).toContain('cica-chairmanship');
    expect(record.entries[1]).toEqual([]); // 亚信科技 is a company, not CICA
    expect(record.entries[2]).toEqual(expect.arrayContaining(['sco', 'three-evil-forces']));
  });
});

// The panel's own jieba (no user words) missed 阿特劳 in the 2014 declaration; the worker's finds
// every pair the build does (and, in one paragraph, 网络犯罪 where the build's run split it).
test('a bundled document indexed as a saved page gets every pair of the build’s concordance', () => {
  const matcher = createMatcher(glossary.matcher);
  const tools = { jieba, segmenter: createSegmenter(jieba, matcher.userWords), matcher };
  // The build reads the corpus as related; a saved page is not known to be, so entries with a
  // context rule need their context there: compare the entries that have none.
  const free = glossary.entries.filter((e) => !(e.id in glossary.matcher.contexts));
  const fromBuild = new Set(free.flatMap((e) => e.occurrences.map((o) => `${e.id}@${o.docId}#${o.paraId}`)));
  const asSaved = new Set<string>();
  for (const doc of corpus.documents) {
    indexDocument(doc, tools).entries.forEach((ids, i) =>
      ids.filter((id) => !(id in glossary.matcher.contexts)).forEach((id) => asSaved.add(`${id}@${doc.id}#${doc.paragraphs[i]!.id}`)),
    );
  }
  expect([...fromBuild].filter((pair) => !asSaved.has(pair))).toEqual([]);
  expect(asSaved.size - fromBuild.size).toBeLessThanOrEqual(1);
});
