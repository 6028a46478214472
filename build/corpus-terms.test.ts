// The checked-in search terms are what the corpus tokenises to today, and terms are folded.
import { readFileSync } from 'node:fs';
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { buildSearchTermsJson, SEARCH_TERMS_OUT } from './build-search-terms';
import { searchTerms } from '../lib/search/search-terms';

describe('search terms', () => {
  test('assets/generated/search-terms.json is current (run npx tsx build/build-search-terms.ts)', () => {
    expect(readFileSync(SEARCH_TERMS_OUT, 'utf8')).toBe(buildSearchTermsJson());
  });

  test('a second build is byte-identical', () => {
    expect(buildSearchTermsJson()).toBe(buildSearchTermsJson());
  });

  test('fold full-width digits and Latin case and keep no punctuation or spaces', () => {
    const terms = searchTerms('２０１４年５月，ＣＩＣＡ峰会 “亚信” 在上海举行。', jieba);
    expect(terms).toContain('2014');
    expect(terms).toContain('cica');
    expect(terms).toContain('亚信');
    expect(terms.some((t) => /[\s，。“”]/.test(t))).toBe(false);
  });

  test('keep the dictionary words inside a long word (search mode)', () => {
    expect(searchTerms('上海合作组织成员国', jieba)).toEqual(expect.arrayContaining(['上海', '合作', '组织']));
  });
});
