import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { glossary } from '../glossary/data';
import { createMatcher } from '../glossary/matcher';
import { createSegmenter } from '../segment/segmenter';
import { userDocumentFromPage } from './from-page';
import { toRecord } from './record';

describe('toRecord', () => {
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
    const record = toRecord(result.doc, { jieba, segmenter: createSegmenter(jieba, []), matcher: createMatcher(glossary.matcher) });
    expect(record.id).toBe(result.doc.id);
    expect(record.terms.paragraphs).toHaveLength(3);
    expect(record.terms.paragraphs[2]!.split(' ')).toEqual(expect.arrayContaining(['上海', '合作', '组织']));
    expect(record.entries[0]).toContain('cica-chairmanship');
    expect(record.entries[1]).toEqual([]); // 亚信科技 is a company, not CICA
    expect(record.entries[2]).toEqual(expect.arrayContaining(['sco', 'three-evil-forces']));
  });
});
