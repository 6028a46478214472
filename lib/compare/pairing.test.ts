import { describe, expect, test } from 'vitest';
import { pairParagraphs } from './pairing';

const para = (id: string, terms: string) => ({ id, terms: new Set(terms.split(' ')) });

describe('paragraph pairing', () => {
  test('pairs by shared terms, not by position', () => {
    const a = [para('p1', '石油 管道 能源'), para('p2', '铁路 口岸')];
    const b = [para('p7', '口岸 铁路 公路'), para('p8', '管道 天然气 能源')];
    expect(pairParagraphs(a, b).map(({ a, b, shared }) => ({ a, b, shared }))).toEqual([
      { a: 'p1', b: 'p8', shared: ['管道', '能源'] },
      { a: 'p2', b: 'p7', shared: ['铁路', '口岸'] },
    ]);
  });

  test('gives each paragraph one partner, the closest first', () => {
    const a = [para('p1', '能源 石油'), para('p2', '能源 石油 管道')];
    const b = [para('p5', '能源 石油 管道')];
    const pairs = pairParagraphs(a, b);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'p2', b: 'p5', similarity: 1 });
  });

  test('leaves a paragraph that shares nothing unpaired', () => {
    expect(pairParagraphs([para('p1', '农业')], [para('p2', '铁路')])).toEqual([]);
    expect(pairParagraphs([], [para('p2', '铁路')])).toEqual([]);
  });
});
