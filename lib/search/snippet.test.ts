import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findHits, snippet } from './snippet';

const marked = (parts: { text: string; hit: boolean }[]) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippet', () => {
  test('marks every term, longest first, without overlaps', () => {
    expect(marked(snippet('上海合作组织成员国加强合作', ['合作', '上海合作组织']))).toBe('[上海合作组织]成员国加强[合作]');
  });

  test('marks full-width digits for a folded term', () => {
    expect(marked(snippet('阿斯塔纳９月７日电', ['9', '月', '7', '日']))).toBe('阿斯塔纳[９][月][７][日]电');
  });

  test('centres on the passage holding the most terms, with ellipses where cut', () => {
    const text = `${'月'.repeat(1)}${'甲'.repeat(150)}2013年9月7日签订${'乙'.repeat(150)}`;
    const parts = snippet(text, ['9', '月', '7', '日']);
    expect(parts[0]!.text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
    expect(marked(parts)).toContain('[9][月][7][日]签订');
  });

  test('without hits, shows the beginning', () => {
    expect(marked(snippet('中哈关系', ['亚信']))).toBe('中哈关系');
  });

  test('is always a contiguous piece of the text with hits that are the terms', () => {
    const ch = fc.constantFrom(...'中哈亚信合作ＡＢab１2 ，');
    const terms = ['亚信', '合作', 'ab', '12'];
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const parts = snippet(text, terms).filter((p) => p.text !== '…' || p.hit);
        expect(text).toContain(parts.map((p) => p.text).join(''));
        for (const h of findHits(text, terms)) expect(terms).toContain(h.term);
      }),
    );
  });
});
