import * as jieba from 'jieba-wasm';
import { expect, test } from 'vitest';
import { createSegmenter } from './segmenter';

const segmenter = createSegmenter(jieba, ['三股势力', '亚信科技']);

test('user words stay whole', () => {
  const words = segmenter.tokenize('打击三股势力').map((t) => t.word);
  expect(words).toContain('三股势力');
});

test('offsets are UTF-16 offsets even after astral characters', () => {
  const text = '𠀀𠀁亚信峰会';
  for (const t of segmenter.tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
});

test('tokens cover the text without gaps', () => {
  const text = '中亚信息技术和亚信科技公司';
  const tokens = segmenter.tokenize(text);
  expect(tokens.map((t) => t.word).join('')).toBe(text);
  expect(tokens.map((t) => t.word)).toEqual(expect.arrayContaining(['中亚', '亚信科技']));
});
