import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlMainText } from '../extract/html-main-text';
import { namesRegion, regionAbsent } from './gate';
import { isSpace, SCAN_SPACE } from './scanner';
import { detect } from './index';

const FIXTURES = 'tests/fixtures/pages';

test('finds region names in simplified, traditional and spaced text', () => {
  expect(namesRegion('国家主席同哈萨克斯坦总统会谈')).toBe(true);
  expect(namesRegion('上海合作組織峰會')).toBe(true);
  expect(namesRegion('哈 萨 克\n斯 坦')).toBe(true);
  expect(namesRegion('哈\u200b萨\u200b克\u200b斯坦')).toBe(true); // as the scanner reads it
  expect(namesRegion('周末菜谱：番茄炒蛋')).toBe(false);
});

test("the scanner's two spellings of its space class agree", () => {
  for (let c = 0; c <= 0xffff; c++) expect(SCAN_SPACE.test(String.fromCharCode(c)), c.toString(16)).toBe(isSpace(c));
});

test('the gate never turns away text the detector accepts, zero-width spaces included', () => {
  const spaced = (s: string) => [...s].join('\u200b');
  const text = `${spaced('哈萨克斯坦')}总统${spaced('托卡耶夫')}同中方签署联合声明，双方发表联合声明，深化全面战略伙伴关系。`.repeat(3);
  expect(detect({ title: '', text }).related).toBe(true);
  expect(namesRegion(text)).toBe(true);
});

test('a page the gate turns away is one the detector scores 0 (every fixture)', () => {
  let rejected = 0;
  for (const kind of ['related', 'unrelated']) {
    for (const file of readdirSync(join(FIXTURES, kind))) {
      const { title, text } = htmlMainText(readFileSync(join(FIXTURES, kind, file), 'utf8'));
      if (namesRegion(`${title}\n${text}`)) continue;
      rejected++;
      const verdict = detect({ title, text });
      expect(verdict.score, file).toBe(0);
      expect(verdict.reasons, file).toContainEqual(regionAbsent(`${title}\n${text}`).reasons[0]);
    }
  }
  expect(rejected).toBeGreaterThan(5); // the gate does turn pages away
});
