// Lookups as the background and the command-line tool make them, on the real data.
import * as jieba from 'jieba-wasm';
import { beforeAll, describe, expect, test } from 'vitest';
import { createGlossaryBrowser } from '../glossary/browse';
import { glossary } from '../glossary/data';
import { createMatcher } from '../glossary/matcher';
import { createSegmenter } from '../segment/segmenter';
import type { Dictionary } from './dictionary';
import { openDictionaryDir } from './load-node';
import { lookUpQuery, lookUpText, lookUpWordAt, type LookUpDeps } from './look-up';
import { searchDictionary } from './search';

let deps: LookUpDeps;
let dictionary: Dictionary;

beforeAll(async () => {
  dictionary = await openDictionaryDir();
  const matcher = createMatcher(glossary.matcher);
  deps = { dictionary, matcher, segmenter: createSegmenter(jieba, matcher.userWords), glossaryEntries: new Map(glossary.entries.map((e) => [e.id, e])), glossaryBrowser: () => createGlossaryBrowser(glossary) };
});

describe('lookUpText', () => {
  test('glossary entries and dictionary words of a sentence, each word once', async () => {
    const r = await lookUpText('双方恪守睦邻友好，支持亚信和上海合作组织，恪守承诺。', deps);
    expect(r.glossary.map((g) => g.id)).toEqual(expect.arrayContaining(['cica', 'sco']));
    const words = r.words.map((w) => w.text);
    expect(words).toEqual(expect.arrayContaining(['双方', '恪守', '支持']));
    expect(words.filter((w) => w === '恪守')).toHaveLength(1);
    expect(words.every((w) => !/[，。]/.test(w))).toBe(true);
  });

  test('a multi-character word has each character; a single character has none', async () => {
    const [word] = (await lookUpText('斡旋', deps)).words;
    expect(word?.entries[0]).toMatchObject({ simplified: '斡旋', pinyin: 'wò xuán' });
    expect(word?.characters.map((c) => c.character)).toEqual(['斡', '旋']);
    expect(word?.characters[1]?.entries.length).toBeGreaterThan(0);
    expect((await lookUpText('行', deps)).words[0]?.characters).toEqual([]);
  });

  test('traditional text is looked up by its traditional forms', async () => {
    const words = (await lookUpText('睦鄰友好', deps)).words;
    expect(words.flatMap((w) => w.entries.map((e) => e.traditional))).toEqual(expect.arrayContaining(['睦鄰']));
  });

  test('a token jieba makes that the dictionary lacks is split at its longest headwords', async () => {
    // jieba keeps this name whole; the dictionary knows only its parts.
    expect(deps.segmenter.tokenize('纳扎尔巴耶夫大学').map((t) => t.word)).toEqual(['纳扎尔巴耶夫大学']);
    const words = (await lookUpText('纳扎尔巴耶夫大学', deps)).words.map((w) => w.text);
    expect(dictionary.has('纳扎尔巴耶夫大学')).toBe(false);
    expect(words).toContain('大学');
    expect(words.every((w) => dictionary.has(w))).toBe(true);
  });

  test('nothing Chinese, nothing found', async () => {
    expect(await lookUpText('', deps)).toEqual({ query: '', glossary: [], words: [] });
    expect(await lookUpText('hello, world 42', deps)).toEqual({ query: 'hello, world 42', glossary: [], words: [] });
  });
});

describe('searchDictionary and lookUpQuery', () => {
  const simplified = async (q: string) => (await searchDictionary(dictionary, q, 30)).map((e) => e.simplified);

  test('pinyin without tones, with tone marks, with tone numbers', async () => {
    expect(await simplified('shanghai')).toEqual(expect.arrayContaining(['上海', '伤害']));
    expect(await simplified('shàng hǎi')).toContain('上海');
    expect(await simplified('shàng hǎi')).not.toContain('伤害');
    expect(await simplified('shang1hai4')).toContain('伤害');
    expect(await simplified('shang1hai4')).not.toContain('上海');
    expect(await simplified('lüse')).toContain('绿色');
  });

  test('English: a sense that is the word comes first', async () => {
    const found = await searchDictionary(dictionary, 'mediate', 30);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.senses.some((s) => s.replace(/^to /, '') === 'mediate')).toBe(true);
    expect(await simplified('xyzzyq')).toEqual([]);
  });

  test('the panel field: characters as text, anything else as a search', async () => {
    expect((await lookUpQuery('磋商', deps)).words[0]?.text).toBe('磋商');
    const result = await lookUpQuery('cuoshang', deps);
    expect(result.words.map((w) => w.text)).toContain('磋商');
    expect(result.words.find((w) => w.text === '磋商')?.characters.map((c) => c.character)).toEqual(['磋', '商']);
    expect(result.glossary).toEqual([]);
  });

  test('Russian and Kazakh name glossary entries (any case, ё/е, Kazakh letters typed as Russian), with their words', async () => {
    const sco = await lookUpQuery('шанхайская ОРГАНИЗАЦИЯ', deps);
    expect(sco.glossary[0]?.id).toBe('sco');
    expect(sco.words.map((w) => w.text)).toContain('上海合作组织');
    expect((await lookUpQuery('ШОС', deps)).glossary.map((g) => g.id)).toContain('sco');
    expect((await lookUpQuery('Казакстан', deps)).glossary.map((g) => g.term)).toContain('哈萨克斯坦');
    expect(await lookUpQuery('щщщ', deps)).toEqual({ query: 'щщщ', glossary: [], words: [] });
  });
});

describe('lookUpWordAt', () => {
  const at = async (text: string, word: string, inside = 0) => {
    const r = await lookUpWordAt(text, text.indexOf(word) + inside, deps);
    return { word: text.slice(r.start, r.end), texts: r.result.words.map((w) => w.text), result: r.result };
  };

  test("the token under the offset, as jieba cut it, from any of its characters", async () => {
    expect(await at('双方恪守睦邻友好原则', '恪守')).toMatchObject({ word: '恪守', texts: ['恪守'] });
    expect(await at('双方恪守睦邻友好原则', '恪守', 1)).toMatchObject({ word: '恪守', texts: ['恪守'] });
    const { result } = await at('双方恪守睦邻友好原则', '恪守');
    expect(result.words[0]?.entries[0]).toMatchObject({ simplified: '恪守', pinyin: 'kè shǒu' });
    expect(result.words[0]?.characters.map((c) => c.character)).toEqual(['恪', '守']);
  });

  test('a token the dictionary lacks: the longest headword starting at the offset', async () => {
    expect(dictionary.has('纳扎尔巴耶夫大学')).toBe(false);
    expect((await at('他在纳扎尔巴耶夫大学演讲', '大学')).word).toBe('大学');
  });

  test('traditional characters are found by their traditional form', async () => {
    const { word, result } = await at('兩國睦鄰友好', '睦鄰');
    expect(word).toBe('睦鄰');
    expect(result.words[0]?.entries.map((e) => e.traditional)).toContain('睦鄰');
  });

  test('punctuation or Latin text under the offset: no word', async () => {
    expect((await at('双方，hello', '，')).texts).toEqual([]);
    expect((await at('双方，hello', 'hello', 2)).texts).toEqual([]);
  });
});
