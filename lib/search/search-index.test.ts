// Search over the bundled corpus with its checked-in terms, as the panel does it.
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { foldForSearch } from './fold';
import { createBundledIndex } from './bundled-index';
import { createSearchIndex, type SearchHit } from './search-index';
import { documentTerms } from './search-terms';


const index = createBundledIndex();
const textOf = (h: SearchHit) => {
  const doc = corpus.documents.find((d) => d.id === h.docId)!;
  return h.paraId === null ? doc.title : doc.paragraphs.find((p) => p.id === h.paraId)!.text;
};

describe('search over the bundled corpus', () => {
  test('ranks by score, and every hit holds a matched term', () => {
    const hits = index.search('亚信');
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    for (const h of hits) expect(textOf(h)).toContain('亚信');
    // The paragraph that names 亚信 three times outranks those that name it once.
    const count = (h: SearchHit) => textOf(h).split('亚信').length - 1;
    expect(count(hits[0]!)).toBe(Math.max(...hits.map(count)));
  });

  test('puts a verbatim occurrence of a several-term query first', () => {
    // By BM25 alone the title 深化中哈全面战略伙伴关系 would win: both terms, short field.
    const [top] = index.search('中哈关系');
    expect(textOf(top!)).toContain('中哈关系');
  });

  test('finds full-width digits with ASCII ones and the other way round', () => {
    const ascii = index.search('9月7日');
    const wide = index.search('９月７日');
    expect(wide).toEqual(ascii);
    expect(ascii.map((h) => `${h.docId}#${h.paraId}`)).toContain('2013-09-07-xi-nazarbayev-talks#p1');
    expect(foldForSearch(textOf(ascii[0]!)).text).toContain('9月7日');
  });

  test('matches a document title as the document (no paragraph)', () => {
    const hits = index.search('中华人民共和国和哈萨克斯坦共和国联合宣言');
    expect(hits.find((h) => h.paraId === null)?.docId).toBe('2014-05-19-cn-kz-joint-declaration');
  });

  test('searches an unknown stretch as a prefix', () => {
    const hits = index.search('纳扎尔巴耶');
    expect(hits.length).toBeGreaterThan(0);
    expect(textOf(hits[0]!)).toContain('纳扎尔巴耶夫');
  });

  test('returns nothing for nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('，。')).toEqual([]);
  });
});

describe('adding and removing a document', () => {
  const doc = {
    id: 'user-test',
    title: '测试页面',
    paragraphs: [{ id: 'p1', text: '塔什干棉花节在乌兹别克斯坦举行。' }],
  };

  test('makes its words findable, then forgets them', () => {
    const local = createBundledIndex();
    expect(local.search('棉花节')).toEqual([]);
    local.add(doc, documentTerms(doc, jieba));
    expect(local.search('棉花节')[0]).toMatchObject({ docId: 'user-test', paraId: 'p1' });
    local.remove('user-test');
    expect(local.search('棉花节')).toEqual([]);
    expect(local.search('亚信').length).toBe(index.search('亚信').length);
  });

  test('rejects terms that do not fit the paragraphs', () => {
    expect(() => createSearchIndex().add(doc, { title: '', paragraphs: [] })).toThrow(/1 paragraphs but 0/);
  });
});
