import { describe, expect, test } from 'vitest';
import { formatCitation, paragraphNumber } from './format-citation';

describe('formatCitation', () => {
  test('title, date and paragraph number', () => {
    expect(formatCitation({ title: '中华人民共和国和哈萨克斯坦共和国联合宣言', date: '2014-05-19', paraId: 'p12' })).toBe(
      '《中华人民共和国和哈萨克斯坦共和国联合宣言》（2014-05-19），第12段',
    );
  });

  test('leaves out a missing date and appends a saved page’s address', () => {
    expect(formatCitation({ title: '一篇报道', date: null, paraId: 'p3', url: 'https://example.cn/a.html' })).toBe(
      '《一篇报道》，第3段，https://example.cn/a.html',
    );
  });

  test('turns title marks inside the title into single marks', () => {
    expect(formatCitation({ title: ' 关于落实《睦邻友好合作条约》的声明 ', date: '2005-07-04', paraId: 'p1' })).toBe(
      '《关于落实〈睦邻友好合作条约〉的声明》（2005-07-04），第1段',
    );
  });

  test('rejects what is not a paragraph id', () => {
    expect(paragraphNumber('p40')).toBe(40);
    expect(() => paragraphNumber('title')).toThrow(/not a paragraph id/);
  });
});
