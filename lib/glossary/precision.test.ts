// Precision on confusers: text that contains our terms' characters in another sense. The
// compiled glossary and jieba are the real ones; the page is never "related" here, so
// only the matcher's own knowledge (false friends, context rules) keeps these out.
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { annotateText } from '../annotate/annotate';
import { createSegmenter } from '../segment/segmenter';
import { glossary } from './data';
import { createMatcher } from './matcher';

const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);
const category = new Map(glossary.entries.map((e) => [e.id, e.category]));
const ids = (text: string, related = false) => annotateText(text, segmenter, matcher, { pageRelated: related }).map((m) => m.entryId);

describe('company names', () => {
  test('AsiaInfo (亚信科技, 亚信安全) is not CICA', () => {
    const text =
      '亚信科技今日公布全年业绩，营收同比增长百分之八。旗下亚信安全发布新一代终端防护产品，亚信科技董事长表示将继续加大研发投入。';
    expect(ids(text)).not.toContain('cica');
  });
});

describe('the city of Shanghai', () => {
  test('上海 alone, and Shanghai businesses, are never the SCO', () => {
    const text = '周末去上海旅游，上海外滩夜景很美。上海合作伙伴大会吸引了数百家企业，上海证券交易所当天成交活跃。';
    const found = ids(text);
    expect(found.filter((id) => id.startsWith('sco'))).toEqual([]);
    expect(found).toEqual([]);
  });
});

describe('other senses of 三股势力', () => {
  const senses = {
    business: '国内手机市场形成了三股势力：华为、小米和传音，彼此在中低端机型上竞争激烈。',
    sport: '本赛季联赛积分榜前列形成三股势力，谁能最终夺冠还很难说。',
    history: '东汉末年，天下逐渐形成魏、蜀、吴三股势力，史称三国鼎立。',
    technology: '在开源大模型领域，目前大致有三股势力在角逐开发者生态。',
  };
  for (const [kind, text] of Object.entries(senses)) {
    test(`${kind} writing`, () => expect(ids(text)).not.toContain('three-evil-forces'));
  }
  test('the diplomatic sense is still found', () => {
    expect(ids('双方将在上海合作组织框架内共同打击“三股势力”。')).toContain('three-evil-forces');
  });
});

describe('travel writing about Kazakhstan', () => {
  test('only places are named, no diplomatic formula or project', () => {
    const text =
      '从阿拉木图出发，我们沿着公路开了四个小时到恰伦大峡谷。哈萨克斯坦的草原辽阔，路边的小店提供绿色通道式的快速结账，' +
      '老板说夏天是旅游旺季。第二天去了大阿拉木图湖，这一带曾是古丝绸之路上的驿站，如今中欧游客络绎不绝。';
    const found = ids(text);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(category.get(id), id).toBe('place');
  });
});

describe('traditional characters', () => {
  test('a Taiwan or Hong Kong page is matched like a mainland one', () => {
    const found = ids('中哈雙方同意在上海合作組織框架內深化全面戰略夥伴關係，共建絲綢之路經濟帶，並支持亞信發揮作用。', true);
    for (const id of ['sco', 'comprehensive-strategic-partnership', 'silk-road-economic-belt', 'cica']) expect(found).toContain(id);
  });
});
