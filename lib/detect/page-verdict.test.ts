import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { blockText, extractMainText } from '../extract/main-text';
import { detect } from './index';
import { READ_MAX_CHARS, wholePageVerdict } from './page-verdict';

const FIXTURES = 'tests/fixtures/pages';

test('the shortcuts decide every fixture page as main-text detection does', () => {
  let shortcuts = 0;
  let prose = 0;
  for (const kind of ['related', 'unrelated']) {
    for (const file of readdirSync(join(FIXTURES, kind))) {
      const doc = parseHTML(readFileSync(join(FIXTURES, kind, file), 'utf8')).document;
      const pageText = blockText(doc.body);
      const full = detect(extractMainText(doc));
      const whole = wholePageVerdict({ title: doc.title, text: pageText.slice(0, READ_MAX_CHARS) }, pageText.length > READ_MAX_CHARS);
      if (whole) shortcuts++;
      if (whole?.related) prose++;
      const verdict = whole ?? full;
      expect(verdict.related, `${kind}/${file}: shortcut ${whole?.score}, main text ${full.score}`).toBe(full.related);
      expect(verdict.related, `${kind}/${file}`).toBe(kind === 'related');
    }
  }
  // Both shortcuts are really taken: the score-0 one and the prose one.
  expect(shortcuts - prose).toBeGreaterThan(5);
  expect(prose).toBeGreaterThan(5);
});

test('a page whose navigation names the region is borderline: its article decides', () => {
  const nav = ['上海合作组织', '中亚', '哈萨克斯坦', '联合声明', '外交部', '元首会晤'].map((t) => `<li><a href="#">${t}</a></li>`).join('');
  const html = `<html><head><title>本地新闻</title></head><body><nav><ul>${nav.repeat(6)}</ul></nav><article><h1>地铁新线开通</h1>${'<p>本市地铁三号线今天开通运营，沿线居民出行更加方便，早高峰客流平稳，车站秩序良好。</p>'.repeat(12)}</article></body></html>`;
  const doc = parseHTML(html).document;
  expect(detect({ title: doc.title, text: blockText(doc.body) }).score).toBeGreaterThan(0);
  expect(wholePageVerdict({ title: doc.title, text: blockText(doc.body) }, false)).toBeUndefined();
  expect(detect(extractMainText(doc)).related).toBe(false);
});
