import { describe, expect, test } from 'vitest';
import { joinSpaced } from './join-spaced';

describe('joinSpaced', () => {
  test('drops the spaces between Chinese characters and keeps one between Latin words', () => {
    expect(joinSpaced('  外 交 部　发 言 人 ').text).toBe('外交部发言人');
    expect(joinSpaced('2024 年 7 月 the  Astana summit').text).toBe('2024年7月the Astana summit');
  });

  test('maps every character back to where it was in the source', () => {
    const src = ' 上 海  合 作 Joint   Text';
    const { text, map } = joinSpaced(src);
    expect(text).toBe('上海合作Joint Text');
    expect(map).toHaveLength(text.length);
    [...text].forEach((ch, i) => expect(src[map[i]!]).toBe(ch));
    expect(map.slice(-5)).toEqual([src.indexOf('   Text'), ...[0, 1, 2, 3].map((k) => src.indexOf('Text') + k)]);
  });
});
