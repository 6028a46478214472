import { describe, expect, test } from 'vitest';
import { createGlossaryBrowser, foldPinyin } from './browse';
import type { CompiledEntry } from './compiled';
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

describe('searching the glossary in Russian and Kazakh', () => {
  const entry = (id: string, term: string, ru: string, kk?: string): CompiledEntry => ({
    id,
    term,
    variants: [],
    pinyin: 'Hézuò',
    english: id,
    englishVerified: false,
    category: 'organization',
    definition: { zh: '测试用的条目。', en: 'An entry for the test.' },
    related: [],
    occurrences: [],
    ru,
    ruVerified: false,
    ...(kk ? { kk, kkVerified: false } : {}),
  });
  const small = createGlossaryBrowser({
    entries: [
      entry('sco', '上海合作组织', 'Шанхайская организация сотрудничества (ШОС)', 'Шанхай ынтымақтастық ұйымы'),
      entry('sco-council', '上海合作组织成员国元首理事会', 'Совет глав государств-членов ШОС'),
      entry('partner', '对话伙伴', 'партнёр по диалогу'),
      entry('cica', '亚信', 'Совещание по взаимодействию и мерам доверия в Азии (СВМДА)'),
    ],
    matcher: { forms: [], contexts: {} },
  });
  const found = (query: string) => small.find(query, 'all').map((e) => e.id);

  test('words of the Russian name in any order and any case, the whole name first', () => {
    expect(found('шанхайская организация')).toEqual(['sco']);
    expect(found('СОТРУДНИЧЕСТВА шанхайская')).toEqual(['sco']);
    expect(found('Совещание по взаимодействию и мерам доверия в Азии')).toEqual(['cica']);
  });

  test('an abbreviation in brackets is a name of its own, ranked above names that contain it', () => {
    expect(found('ШОС')).toEqual(['sco', 'sco-council']);
    expect(found('свмда')).toEqual(['cica']);
  });

  test('ё and е are the same letter, whichever is typed or stored', () => {
    expect(found('партнер')).toEqual(['partner']);
    expect(found('партнёр')).toEqual(['partner']);
    expect(found('партн\u0435\u0308р')).toEqual(['partner']);
  });

  test('Kazakh, with its own letters or typed with Russian ones', () => {
    expect(found('ынтымақтастық')).toEqual(['sco']);
    expect(found('ынтымактастык ұйымы')).toEqual(['sco']);
  });

  test('words match from their start only, and й is not и', () => {
    expect(found('трудничества')).toEqual([]);
    expect(found('шанхаиская')).toEqual([]);
  });

  test('the bundled glossary answers Russian: ШОС finds the SCO first', () => {
    expect(ids('ШОС')[0]).toBe('sco');
    expect(ids('шанхайская организация сотрудничества')[0]).toBe('sco');
  });
});
