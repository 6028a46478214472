import { beforeAll, describe, expect, test } from 'vitest';
import type { Dictionary } from './dictionary';
import { openDictionaryDir } from './load-node';
import { LONGEST_MATCH_MAX_CHARS, longestMatchSegmenter } from './longest-match';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await openDictionaryDir();
});

const words = (tokens: { word: string }[]) => tokens.map((t) => t.word);

describe('the longest-match stand-in for jieba', () => {
  test('cuts at the longest headword, a glossary word where it is longer, one character where none starts', async () => {
    const text = '双方同意深化中哈永久全面战略伙伴关系，𠮷A';
    const segmenter = (await longestMatchSegmenter(dictionary, [text], new Set(['永久全面战略伙伴关系'])))!;
    const tokens = segmenter.tokenize(text);
    expect(words(tokens)).toEqual(['双方同意', '深化', '中', '哈', '永久全面战略伙伴关系', '，', '𠮷', 'A']);
    // Offsets are UTF-16 units and cover the text without gaps.
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(words(tokens));
    expect(tokens.at(-1)!.end).toBe(text.length);
  });

  test('pieces of a prepared text are cut without preparing again', async () => {
    const segmenter = (await longestMatchSegmenter(dictionary, ['各方恪守睦邻友好原则'], new Set()))!;
    expect(words(segmenter.tokenize('恪守睦邻'))).toEqual(['恪守', '睦邻']);
  });

  test('a text without Han is cut into characters, with nothing to prepare', async () => {
    const segmenter = (await longestMatchSegmenter(dictionary, ['Алматы 12%'], new Set()))!;
    expect(words(segmenter.tokenize('Алматы 12%'))).toEqual([...'Алматы 12%']);
  });

  test('a text too long for it is left to jieba', async () => {
    expect(await longestMatchSegmenter(dictionary, ['中'.repeat(LONGEST_MATCH_MAX_CHARS + 1)], new Set())).toBeUndefined();
  });
});
