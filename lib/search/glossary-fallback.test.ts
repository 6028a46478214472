// Corpus search through the glossary, over the bundled corpus and the real glossary, as the
// panel runs it.
import { describe, expect, test } from 'vitest';
import { createGlossaryBrowser } from '../glossary/browse';
import { glossary } from '../glossary/data';
import { createBundledIndex } from './bundled-index';
import { searchThroughGlossary } from './glossary-fallback';

const index = createBundledIndex();
const browser = createGlossaryBrowser(glossary);
const search = (query: string) =>
  searchThroughGlossary(
    query,
    (q) => index.search(q),
    (q) => browser.find(q, 'all')[0],
  );

describe('a query the corpus text does not match', () => {
  test.each([
    ['CICA', '亚信'],
    ['Astana', '阿斯塔纳'],
    ['sangu shili', '三股势力'],
    ['sāngǔ shìlì', '三股势力'],
    ['sanGu ShiLi', '三股势力'],
    ['sangushili', '三股势力'],
    ['亞信', '亚信'],
    ['Shanghai Cooperation Organisation', '上海合作组织'],
    ['Kazakstan', '哈萨克斯坦'],
  ])('%s is searched as the glossary term %s', (query, term) => {
    expect(index.search(query)).toEqual([]);
    const { hits, viaTerm } = search(query);
    expect(viaTerm?.term).toBe(term);
    expect(hits).toEqual(index.search(term));
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('a query the text matches, or that names nothing', () => {
  test('Chinese the corpus contains is searched as written', () => {
    const { hits, viaTerm } = search('亚信');
    expect(viaTerm).toBeUndefined();
    expect(hits).toEqual(index.search('亚信'));
    expect(hits.length).toBeGreaterThan(0);
  });

  test('a word neither the text nor the glossary knows finds nothing', () => {
    expect(search('xqzvw')).toEqual({ hits: [] });
  });

  test('a single letter is not looked up in the glossary', () => {
    expect(search('a')).toEqual({ hits: index.search('a') });
  });
});
