import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { htmlMainText } from '../extract/html-main-text';
import { namesRegion, regionAbsent } from './gate';
import { detect } from './index';

const FIXTURES = 'tests/fixtures/pages';

test('finds region names in simplified, traditional and spaced text', () => {
  expect(namesRegion('国家主席同哈萨克斯坦总统会谈')).toBe(true);
  expect(namesRegion('上海合作組織峰會')).toBe(true);
  expect(namesRegion('哈 萨 克\n斯 坦')).toBe(true);
  expect(namesRegion('周末菜谱：番茄炒蛋')).toBe(false);
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
      expect(verdict.reasons, file).toContain(regionAbsent(`${title}\n${text}`).reasons[0]);
    }
  }
  expect(rejected).toBeGreaterThan(5); // the gate does turn pages away
});
