import { describe, expect, test } from 'vitest';
import { createGlossaryBrowser, foldPinyin } from './browse';
import { glossary } from './data';

const browser = createGlossaryBrowser(glossary);
const ids = (query: string, category: Parameters<typeof browser.find>[1] = 'all') => browser.find(query, category).map((e) => e.id);

describe('foldPinyin', () => {
  test('drops tone marks, tone numbers, case, spaces and apostrophes', () => {
    expect(foldPinyin('Shànghǎi Hézuò Zǔzhī')).toBe('shanghaihezuozuzhi');
    expect(foldPinyin('shang4hai3 he2zuo4')).toBe('shanghaihezuo');
    expect(foldPinyin("Huò'ěrguǒsī Hé")).toBe('huoerguosihe');
    expect(foldPinyin('lǜsè tōngdào')).toBe('lusetongdao');
  });
});

describe('searching the glossary', () => {
  test('pinyin without tones finds the entry first', () => {
    expect(ids('shanghai hezuo zuzhi')[0]).toBe('sco');
    expect(ids('shanghaihezuozuzhi')[0]).toBe('sco');
  });

  test('British and older spellings find the entry written the other way', () => {
    expect(ids('Kazakstan')[0]).toBe('kazakhstan');
    expect(ids('Kazakhstan')[0]).toBe('kazakhstan');
    expect(ids('Organisation of Turkic States')[0]).toBe('organization-of-turkic-states');
    // The glossary writes this one the British way: the American spelling finds it too.
    expect(ids('amicable secure prosperous neighborhood')[0]).toBe('amicable-secure-prosperous-neighbourhood');
    expect(ids('Astana International Financial Center')[0]).toBe('astana-international-financial-centre');
  });

  test('pinyin with tone marks folds to the same search', () => {
    expect(ids('Shànghǎi')).toEqual(ids('shanghai'));
    expect(ids('Shànghǎi')).toContain('sco');
    expect(ids('Shànghǎi')).toContain('shanghai-spirit');
  });

  test('pinyin matches from the start of a word, not inside one', () => {
    expect(ids('zuzhi')).toContain('sco');
    expect(ids('uzhi')).not.toContain('sco');
  });

  test('an alternative rendering finds its entry, after entries whose own English matches', () => {
    expect(ids('three evils')).toContain('three-evil-forces');
    expect(ids('community of common destiny')[0]).toBe('community-with-shared-future');
    expect(ids('Middle Corridor')).toContain('trans-caspian-international-transport-corridor');
    expect(ids('Shanghai Cooperation')[0]).toBe('sco');
  });

  test('English words match in any order, and the abbreviation too', () => {
    expect(ids('Shanghai Cooperation')[0]).toBe('sco');
    expect(ids('cooperation shanghai')).toContain('sco');
    expect(ids('CICA')[0]).toBe('cica');
    expect(ids('confidence building')).toContain('cica');
  });

  test('Chinese in simplified or traditional characters', () => {
    expect(ids('上海合作组织')[0]).toBe('sco');
    expect(ids('上海合作組織')[0]).toBe('sco');
    expect(ids('亞信')[0]).toBe('cica');
    expect(ids('战略伙伴关系')).toEqual(expect.arrayContaining(['strategic-partnership', 'comprehensive-strategic-partnership', 'permanent-comprehensive-strategic-partnership']));
    expect(ids('战略伙伴关系')[0]).toBe('strategic-partnership');
  });

  test('a category narrows the list; an empty query lists the category by pinyin', () => {
    const relationships = browser.find('', 'relationship');
    expect(relationships.length).toBe(glossary.entries.filter((e) => e.category === 'relationship').length);
    expect(relationships.every((e) => e.category === 'relationship')).toBe(true);
    const folded = relationships.map((e) => foldPinyin(e.pinyin));
    expect(folded).toEqual([...folded].sort((a, b) => a.localeCompare(b)));
    expect(ids('shanghai', 'organization')).toContain('sco');
    expect(ids('shanghai', 'organization')).not.toContain('shanghai-spirit');
  });

  test('nothing matches nonsense; everything matches nothing typed', () => {
    expect(ids('xqzv')).toEqual([]);
    expect(ids('   ').length).toBe(glossary.entries.length);
  });
});
