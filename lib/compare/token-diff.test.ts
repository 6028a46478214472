import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffTokens } from './token-diff';

const side = (diff: ReturnType<typeof diffTokens>, keep: '+' | '-') => diff.filter(([op]) => op !== keep).map(([, t]) => t).join('');

describe('the word-level difference', () => {
  test('marks a changed word as deleted then inserted, keeps the rest', () => {
    const a = ['双方', '决定', '建立', '战略伙伴关系', '。'];
    const b = ['双方', '决定', '深化', '全面战略伙伴关系', '。'];
    expect(diffTokens(a, b)).toEqual([
      ['=', '双方决定'],
      ['-', '建立战略伙伴关系'],
      ['+', '深化全面战略伙伴关系'],
      ['=', '。'],
    ]);
  });

  test('identical and empty inputs', () => {
    expect(diffTokens(['能源', '合作'], ['能源', '合作'])).toEqual([['=', '能源合作']]);
    expect(diffTokens([], ['新'])).toEqual([['+', '新']]);
    expect(diffTokens(['旧'], [])).toEqual([['-', '旧']]);
    expect(diffTokens([], [])).toEqual([]);
  });

  test('always rebuilds both texts, and keeps a longest common run of words', () => {
    const words = fc.array(fc.constantFrom('双方', '能源', '合作', '管道', '。', '石油'), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const diff = diffTokens(a, b);
        expect(side(diff, '+')).toBe(a.join(''));
        expect(side(diff, '-')).toBe(b.join(''));
        for (let i = 1; i < diff.length; i++) expect(diff[i]![0]).not.toBe(diff[i - 1]![0]);
      }),
    );
  });

  test('very long paragraphs are shown whole as replaced rather than building a huge table', () => {
    const a = Array.from({ length: 2500 }, (_, i) => `甲${i}`);
    const b = Array.from({ length: 2500 }, (_, i) => `乙${i}`);
    const diff = diffTokens(a, b);
    expect(diff.map(([op]) => op)).toEqual(['-', '+']);
  });
});
