import { describe, expect, it } from 'vitest';
import { parseSignedAt } from './cn-date';
import { findSignatureBlock, readSignatories } from './signature';

describe('readSignatories', () => {
  it('reads two-column rows: parties, titles, names, （签名）', () => {
    expect(readSignatories(['甲共和国 乙斯坦共和国', '总统 总理', '张三 李·四', '（签名） （签名）'])).toEqual([
      { name: '张三', title: '总统', party: '甲共和国' },
      { name: '李·四', title: '总理', party: '乙斯坦共和国' },
    ]);
  });
  it('reads cells printed one by one, party and title in one cell', () => {
    expect(readSignatories(['甲共和国外交部长', '乙斯坦外交部长', '王五', '赵六'])).toEqual([
      { name: '王五', title: '外交部长', party: '甲共和国' },
      { name: '赵六', title: '外交部长', party: '乙斯坦' },
    ]);
  });
  it('refuses a block it cannot read', () => {
    expect(() => readSignatories(['甲共和国 乙共和国', '总统 总统', '张三'])).toThrow(/Unreadable signature block/);
  });
});

describe('findSignatureBlock', () => {
  it('finds the block after the last prose line and before the dateline', () => {
    const block = findSignatureBlock(['双方同意合作。', '甲共和国 乙共和国', '总统 总统', '张三 李四', '二〇三〇年十月三十一日于某城', '（示例社电）']);
    expect(block).toMatchObject({ start: 1, end: 5, signedAt: { date: '2030-10-31', place: '某城' } });
  });
  it('finds nothing in a news report', () => {
    expect(findSignatureBlock(['两国元首会谈。', '甲、乙等参加活动。'])).toBeNull();
  });
});

describe('parseSignedAt', () => {
  it('reads 〇, ○ and full-width zeros and tens', () => {
    expect(parseSignedAt('二○一九年十二月二十日于某城')).toEqual({ date: '2019-12-20', place: '某城' });
    expect(parseSignedAt('二００一年一月十日于某地')).toEqual({ date: '2001-01-10', place: '某地' });
    expect(parseSignedAt('二〇二一年二月三十日于某地')).toBeNull();
    expect(parseSignedAt('双方签署了协定。')).toBeNull();
  });
});
