import { describe, expect, test } from 'vitest';
import { buildReadingTable, decodeReadings, encodeReadings, formatReadingTable, parseReadingTable } from './readings';

const words = [
  { simplified: '中国', pinyin: 'zhong1 guo2' },
  { simplified: '中', pinyin: 'zhong4' },
  { simplified: '中心', pinyin: 'zhong1 xin1' },
  { simplified: '南京', pinyin: 'Nan2 jing1' },
  { simplified: '南', pinyin: 'nan2' },
  { simplified: '卡拉OK', pinyin: 'ka3 la1 O K' },
  { simplified: '𠮷', pinyin: 'ji2' },
  { simplified: '一', pinyin: 'yi1' },
  { simplified: '一下', pinyin: 'yi2 xia4' },
  { simplified: '一个', pinyin: 'yi1 ge4' },
];

describe('pinyin as reading codes', () => {
  const table = buildReadingTable(words);

  test("orders each character's readings by use, ties as first met", () => {
    expect(table.get('中')).toEqual(['zhong1', 'zhong4']);
    expect(table.get('一')).toEqual(['yi1', 'yi2']);
    expect(table.get('南')).toEqual(['nan2']);
  });

  test('usual readings take no room, others their position, names a capital mark', () => {
    expect(encodeReadings('中国', 'zhong1 guo2', table)).toBe('');
    expect(encodeReadings('中', 'zhong4', table)).toBe('1');
    expect(encodeReadings('南京', 'Nan2 jing1', table)).toBe('^');
    expect(encodeReadings('中南', 'zhong1 Nan2', table)).toBe('0^');
    expect(encodeReadings('中一', 'zhong1 yi2', table)).toBe('01');
    expect(encodeReadings('一下', 'yi2 xia4', table)).toBe('1');
  });

  test('what the table cannot say is written out', () => {
    expect(encodeReadings('中', 'zhong3', table)).toBe('=zhong3');
    expect(encodeReadings('中', 'ZHONG1', table)).toBe('=ZHONG1');
    expect(encodeReadings('阿拉木图', 'A1 la1 mu4 tu2', table)).toBe('=A1 la1 mu4 tu2');
    const crowded = buildReadingTable(Array.from({ length: 40 }, (_, i) => ({ simplified: '字', pinyin: `zi${i}` })));
    expect(encodeReadings('字', 'zi35', crowded)).toBe('z');
    expect(encodeReadings('字', 'zi36', crowded)).toBe('=zi36');
  });

  test('every word comes back unchanged through the table written and read as text', () => {
    const read = parseReadingTable(formatReadingTable(table));
    expect(read).toEqual(table);
    for (const w of [...words, { simplified: '中南', pinyin: 'Zhong1 nan2' }, { simplified: '中', pinyin: 'zhong3' }]) {
      expect(decodeReadings(w.simplified, encodeReadings(w.simplified, w.pinyin, table), read)).toBe(w.pinyin);
    }
  });

  test('a damaged code is an error, not a wrong reading', () => {
    expect(() => decodeReadings('中', '5', table)).toThrow(/no reading 5/);
    expect(() => decodeReadings('中', '1x', table)).toThrow(/damaged/);
    expect(() => decodeReadings('中国', '^^^', table)).toThrow(/damaged/);
    expect(() => decodeReadings('中', '^^', table)).toThrow(/damaged/);
  });
});
