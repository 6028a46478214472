import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { annotateText } from '../annotate/annotate';
import { createSegmenter } from '../segment/segmenter';
import { createMatcher, type MatcherData } from './matcher';

const data: MatcherData = {
  forms: [
    ['亚信', 'cica'],
    ['亚洲相互协作与信任措施会议', 'cica'],
    ['亚信科技', null],
    ['上海合作组织', 'sco'],
    ['上海合作组织成员国元首理事会', 'sco-hsc'],
    ['三股势力', 'three-forces'],
    ['中国—中亚峰会', 'china-central-asia-summit'],
  ],
  contexts: { 'three-forces': { anyOf: ['恐怖主义', '打击'], window: 30 } },
};
const matcher = createMatcher(data);
const segmenter = createSegmenter(jieba, matcher.userWords);
const found = (text: string, related = false) =>
  annotateText(text, segmenter, matcher, { pageRelated: related }).map((m) => [m.entryId, text.slice(m.start, m.end)]);

describe('matcher', () => {
  test('finds every occurrence', () => {
    expect(found('亚信峰会在上海举行，亚信成员国出席。')).toEqual([
      ['cica', '亚信'],
      ['cica', '亚信'],
    ]);
  });

  test('aligns with token boundaries: no 亚信 inside 中亚信息', () => {
    expect(found('中亚信息技术发展迅速')).toEqual([]);
  });

  test('the longest form wins', () => {
    expect(found('上海合作组织成员国元首理事会会议')).toEqual([['sco-hsc', '上海合作组织成员国元首理事会']]);
  });

  test('false friends suppress', () => {
    expect(found('亚信科技发布年报')).toEqual([]);
  });

  test('ambiguous terms need context, unless the page is related', () => {
    expect(found('公司内部形成了三股势力，互不相让。')).toEqual([]);
    expect(found('双方将共同打击三股势力。')).toEqual([['three-forces', '三股势力']]);
    expect(found('公司内部形成了三股势力。', true)).toEqual([['three-forces', '三股势力']]);
  });

  test('works across spaced characters and line breaks, offsets into the original', () => {
    expect(found('即将举行的中 国 — 中\n亚 峰 会')).toEqual([['china-central-asia-summit', '中 国 — 中\n亚 峰 会']]);
    expect(found('出席亚洲相互协作与信\n任措施会议')).toEqual([['cica', '亚洲相互协作与信\n任措施会议']]);
  });

  test('上海 alone never matches', () => {
    expect(found('上海是一座城市')).toEqual([]);
  });
});
