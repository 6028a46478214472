import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldForSearch } from './fold';
import { queryTerms, type Vocabulary } from './query-terms';

function vocabulary(words: string[]): Vocabulary {
  const set = new Set(words);
  return { has: (w) => set.has(w), maxLength: Math.max(0, ...words.map((w) => w.length)) };
}

const vocab = vocabulary(['上海', '合作', '组织', '上海合作组织', '中哈', '关系', '能源', '亚信', '2023']);

describe('queryTerms', () => {
  test('takes the longest known word', () => {
    expect(queryTerms('上海合作组织', vocab)).toEqual(['上海合作组织']);
    expect(queryTerms('中哈能源合作', vocab)).toEqual(['中哈', '能源', '合作']);
  });

  test('keeps a stretch that starts no known word whole, for prefix search', () => {
    expect(queryTerms('托卡耶', vocab)).toEqual(['托卡耶']);
    expect(queryTerms('托卡耶中哈关系', vocab)).toEqual(['托卡耶', '中哈', '关系']);
  });

  test('folds full-width digits and Latin case, splits scripts, drops punctuation and repeats', () => {
    expect(queryTerms('２０２３年 ＣＩＣＡ，亚信、亚信', vocab)).toEqual(['2023', '年', 'cica', '亚信']);
  });

  test('has no terms for punctuation only', () => {
    expect(queryTerms(' 。，！ ', vocab)).toEqual([]);
  });

  test('every term is a piece of the folded query, and the Han pieces cover it in order', () => {
    const han = fc.constantFrom(...'上海合作组织中哈关系能源亚信托卡耶夫和');
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 20 }), (chars) => {
        const q = chars.join('');
        const terms = queryTerms(q, vocab);
        for (const t of terms) expect(foldForSearch(q).text).toContain(t);
        // Without repeats in the query, the pieces are the query cut up.
        if (new Set(terms).size === terms.length && terms.join('').length === q.length) expect(terms.join('')).toBe(q);
      }),
    );
  });
});
