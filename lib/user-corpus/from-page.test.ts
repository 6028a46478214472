import { describe, expect, test } from 'vitest';
import { userDocumentFromPage } from './from-page';
import { MAX_DOCUMENT_CHARS, UserDocumentSchema } from './schema';

const SAVED_AT = '2024-03-01T08:00:00.000Z';
const URL = 'https://news.example.cn/2023/0517/a.html';

const STATEMENT = [
  '中华人民共和国和哈萨克斯坦共和国联合声明',
  '字体：大 中 小　打印本页',
  '一',
  '双方高度评价两国关系发展成果，',
  '一致同意继续深化全面战略伙伴关系。',
  '二',
  '双方愿加强共建“一带一路”合作，推进　　互联互通。',
  '中华人民共和国主席　　哈萨克斯坦共和国总统',
  '习近平　　卡瑟姆若马尔特·托卡耶夫',
  '二〇二三年五月十七日于西安',
].join('\n');

describe('userDocumentFromPage', () => {
  test('cleans the text into paragraphs like the bundled ones and reads the signature block', () => {
    const result = userDocumentFromPage({ url: URL, title: '中华人民共和国和哈萨克斯坦共和国联合声明', text: STATEMENT }, SAVED_AT);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const doc = result.doc;
    expect(UserDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.paragraphs.map((p) => [p.id, p.kind, p.text])).toEqual([
      ['p1', 'heading', '中华人民共和国和哈萨克斯坦共和国联合声明'],
      ['p2', 'heading', '一'],
      ['p3', 'paragraph', '双方高度评价两国关系发展成果，一致同意继续深化全面战略伙伴关系。'],
      ['p4', 'heading', '二'],
      ['p5', 'paragraph', '双方愿加强共建“一带一路”合作，推进 互联互通。'],
      ['p6', 'signature', '中华人民共和国主席 哈萨克斯坦共和国总统'],
      ['p7', 'signature', '习近平 卡瑟姆若马尔特·托卡耶夫'],
      ['p8', 'signature', '二〇二三年五月十七日于西安'],
    ]);
    expect(doc).toMatchObject({ kind: 'saved-page', url: URL, savedAt: SAVED_AT, date: '2023-05-17', place: '西安' });
    expect(doc.signatories.map((s) => s.name)).toEqual(['习近平', '卡瑟姆若马尔特·托卡耶夫']);
  });

  test('gives the same page the same id, and another page another', () => {
    const a = userDocumentFromPage({ url: URL, title: 't', text: STATEMENT }, SAVED_AT);
    const b = userDocumentFromPage({ url: URL, title: 't', text: STATEMENT }, '2025-01-01T00:00:00.000Z');
    const c = userDocumentFromPage({ url: `${URL}?2`, title: 't', text: STATEMENT }, SAVED_AT);
    expect(a.ok && b.ok && a.doc.id === b.doc.id).toBe(true);
    expect(a.ok && c.ok && a.doc.id !== c.doc.id).toBe(true);
  });

  test('keeps prose whose last lines look like a broken signature block', () => {
    const text = '双方就中哈关系深入交换意见，达成广泛共识。两国元首共同出席了签字仪式。\n哈萨克斯坦共和国\n总统';
    const result = userDocumentFromPage({ url: URL, title: '', text }, SAVED_AT);
    expect(result.ok && result.doc.paragraphs.length).toBeGreaterThan(0);
    expect(result.ok && result.doc.title).toBe('双方就中哈关系深入交换意见，达成广泛共识。两国元首共同出席了签字仪式。');
  });

  test('refuses an empty page', () => {
    expect(userDocumentFromPage({ url: URL, title: 'Empty', text: '' }, SAVED_AT)).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(userDocumentFromPage({ url: URL, title: 'Chrome only', text: ' \n打印本页\n ' }, SAVED_AT)).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  test('refuses a page without Chinese text', () => {
    const text = 'President Xi held talks with President Tokayev in Xi’an on 17 May.\nBoth sides agreed to deepen cooperation.';
    expect(userDocumentFromPage({ url: URL, title: 'Talks', text }, SAVED_AT)).toEqual({ ok: false, problem: { code: 'no-chinese', hanChars: 0 } });
  });

  test('refuses a page over the size limit, before cleaning it', () => {
    const text = '中哈合作。'.repeat(MAX_DOCUMENT_CHARS / 5 + 1);
    expect(userDocumentFromPage({ url: URL, title: 'Long', text }, SAVED_AT)).toEqual({
      ok: false,
      problem: { code: 'too-large', chars: text.length, max: MAX_DOCUMENT_CHARS },
    });
  });
});
