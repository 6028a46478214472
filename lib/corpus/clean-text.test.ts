import { describe, expect, it } from 'vitest';
import { joinSpacedCjk, joinWrappedLines, splitSentences } from './clean-text';
import { reflowPdfLines } from '../../build/corpus/pdf-reflow';

describe('joinSpacedCjk', () => {
  it('joins letter-spaced Han characters and punctuation', () => {
    expect(joinSpacedCjk('  两 国 部 长 会 见 记 者 ， 介 绍 “ 新 项 目 ”  ')).toBe('两国部长会见记者，介绍“新项目”');
  });
  it('drops the typesetting space between Han and digits or Latin', () => {
    expect(joinSpacedCjk('于 2031 年 4 月 采 用 6G 技 术')).toBe('于2031年4月采用6G技术');
  });
  it('keeps a space between two Latin or digit words', () => {
    expect(joinSpacedCjk('会 见 Open Data  Forum 代 表 12 34')).toBe('会见Open Data Forum代表12 34');
  });
});

describe('joinWrappedLines', () => {
  it('rejoins a prose line cut mid-word and leaves headings and rows alone', () => {
    const lines = ['三', '两国同意扩大贸易，推动务', '实合作。', '甲共和国 乙共和国', '（示例社电）'];
    expect(joinWrappedLines(lines)).toEqual(['三', '两国同意扩大贸易，推动务实合作。', '甲共和国 乙共和国', '（示例社电）']);
  });
  it('keeps a line that ends with a colon as its own paragraph', () => {
    expect(joinWrappedLines(['双方宣布如下：', '一、合作。'])).toEqual(['双方宣布如下：', '一、合作。']);
  });
});

describe('splitSentences', () => {
  it('keeps closing quotes with their sentence and keeps a trailing fragment', () => {
    expect(splitSentences('他说：“合作很好。”她点头。没有句号')).toEqual(['他说：“合作很好。”', '她点头。', '没有句号']);
  });
});

describe('reflowPdfLines', () => {
  it('ends a paragraph at a blank line or a short line after 。, not at a full line ending with 。', () => {
    const lines = [
      '第一段第一行写满了整整一行字符。',
      '第一段第二行也写满一行的字符，',
      '这是第一段的结尾。',
      '第二段的开头在这里，这行写满了',
      '全部宽度，然后结束。',
      '',
      '（示例社某城5月5日电）',
    ];
    expect(reflowPdfLines(lines)).toEqual([
      '第一段第一行写满了整整一行字符。第一段第二行也写满一行的字符，这是第一段的结尾。',
      '第二段的开头在这里，这行写满了全部宽度，然后结束。',
      '（示例社某城5月5日电）',
    ]);
  });
});
