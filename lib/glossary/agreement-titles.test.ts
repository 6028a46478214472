import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { createTitleIndex, findAgreementTitles, titleEntryId, titleKey, titleKind, titleOfEntryId, withTitleMatches } from './agreement-titles';
import { TITLE_KINDS } from './title-kinds';

const lookUp = createTitleIndex(corpus);
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const titlesIn = (text: string, glossary: { entryId: string; start: number; end: number }[] = []) =>
  findAgreementTitles(text, glossary, lookUp).map((t) => [t.title, t.kind, t.doc?.docId ?? null, text.slice(t.start, t.end)]);

describe('titleKind', () => {
  test('the longest ending decides', () => {
    expect(titleKind('中哈关于电子商务合作的谅解备忘录')).toBe('memorandum-of-understanding');
    expect(titleKind('某某合作备忘录')).toBe('memorandum');
    expect(titleKind('两国联合声明')).toBe('joint-statement');
    expect(titleKind('外交部声明')).toBe('statement');
    expect(titleKind('毗邻地区合作规划纲要')).toBe('outline');
    expect(titleKind('关于边境地区加强军事领域信任的协定')).toBe('agreement');
    expect(titleKind('边界补充议定书')).toBe('protocol');
  });

  test('traditional endings count; titles that name no document do not', () => {
    expect(titleKind('睦鄰友好合作條約')).toBe('treaty');
    expect(titleKind('兩國聯合聲明')).toBe('joint-statement');
    expect(titleKind('人民日报')).toBeUndefined();
    expect(titleKind('丝路花雨')).toBeUndefined();
    expect(TITLE_KINDS).toContain('treaty');
  });
});

describe('the corpus lookup', () => {
  test('full and short party names, 和 or 与, meet the same document', () => {
    const full = lookUp('中华人民共和国和哈萨克斯坦共和国关于建立和发展战略伙伴关系的联合声明');
    expect(full?.docId).toBe('2005-07-04-cn-kz-joint-statement-strategic-partnership');
    expect(lookUp('中哈关于建立和发展战略伙伴关系的联合声明')?.docId).toBe(full?.docId);
    expect(lookUp('中国与哈萨克斯坦关于建立和发展战略伙伴关系的联合声明')?.docId).toBe(full?.docId);
    expect(full).toMatchObject({ paraId: 'p1', year: '2005' });
  });

  test('traditional forms, as Taiwan and Hong Kong write them, meet the simplified document', () => {
    const instruments = corpus.documents.filter((d) => d.kind.startsWith('joint-'));
    expect(instruments.length).toBeGreaterThanOrEqual(4);
    for (const d of instruments) {
      for (const written of [toTaiwan(d.title), toHongKong(d.title)]) {
        expect(written).not.toBe(d.title);
        expect(lookUp(written)?.docId, written).toBe(d.id);
      }
    }
  });

  test('the traditional table covers every character OpenCC changes in the corpus titles', () => {
    for (const d of corpus.documents) expect(titleKey(toTaiwan(d.title)), d.title).toBe(titleKey(d.title));
  });

  test('a document the corpus does not have is not found', () => {
    expect(lookUp('中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约')).toBeUndefined();
    expect(lookUp('中哈联合公报')).toBeUndefined();
  });
});

describe('findAgreementTitles', () => {
  test('finds document titles, with their kind and corpus document, and skips other titles', () => {
    const text = '双方回顾了《中哈关于建立和发展战略伙伴关系的联合声明》，签署了《中哈关于数字贸易合作的谅解备忘录》。记者在《人民日报》撰文。';
    expect(titlesIn(text)).toEqual([
      ['中哈关于建立和发展战略伙伴关系的联合声明', 'joint-statement', '2005-07-04-cn-kz-joint-statement-strategic-partnership', '中哈关于建立和发展战略伙伴关系的联合声明'],
      ['中哈关于数字贸易合作的谅解备忘录', 'memorandum-of-understanding', null, '中哈关于数字贸易合作的谅解备忘录'],
    ]);
  });

  test('a title the glossary matches whole is left to the glossary', () => {
    const text = '《上海合作组织宪章》';
    expect(titlesIn(text, [{ entryId: 'sco-charter', start: 1, end: 9 }])).toEqual([]);
    expect(titlesIn(text)).toEqual([['上海合作组织宪章', 'charter', null, '上海合作组织宪章']]);
  });

  test("text between stray brackets, past any title's length, is no title", () => {
    const stray = `${'合作'.repeat(96)}协定`;
    expect(titlesIn(`《${stray}》`)).toEqual([]);
    expect(titlesIn(`《${stray.slice(-190)}》`)).toHaveLength(1);
  });

  test("a title's id gives the title back; other ids give none", () => {
    const title = '中哈关于电子商务合作的谅解备忘录';
    expect(titleOfEntryId(titleEntryId(title))).toBe(title);
    expect(titleOfEntryId('cica')).toBeUndefined();
  });
});

describe('withTitleMatches', () => {
  const text = '中哈签署《中哈数字贸易合作协定》和声明。';
  const titles = findAgreementTitles(text, [], lookUp);

  test('a title replaces the glossary matches inside it and keeps the others, in text order', () => {
    const glossary = [
      { entryId: 'cn-kz', start: 0, end: 2 },
      { entryId: 'cn-kz', start: 5, end: 7 },
    ];
    expect(withTitleMatches(glossary, titles)).toEqual([
      { entryId: 'cn-kz', start: 0, end: 2 },
      { entryId: 'title:中哈数字贸易合作协定', start: 5, end: 15 },
    ]);
  });

  test('a glossary match that crosses the brackets keeps its place and the title goes unmarked', () => {
    const crossing = [{ entryId: 'x', start: 3, end: 7 }];
    expect(withTitleMatches(crossing, titles)).toEqual(crossing);
  });
});
