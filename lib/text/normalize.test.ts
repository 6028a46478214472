import { describe, expect, test } from 'vitest';
import { normalize, normalizeForm, toOriginalRange } from './normalize';

function roundTrip(src: string, needle: string): string {
  const norm = normalize(src);
  const at = norm.text.indexOf(needle);
  expect(at, `"${needle}" in "${norm.text}"`).toBeGreaterThanOrEqual(0);
  const [s, e] = toOriginalRange(norm, at, at + needle.length);
  return src.slice(s, e);
}

describe('normalize', () => {
  test('joins characters separated by spaces (PDF text)', () => {
    expect(normalize('外 交 部 发 言 人 汪 文 斌').text).toBe('外交部发言人汪文斌');
    expect(roundTrip('外 交 部 发 言 人', '发言人')).toBe('发 言 人');
  });

  test('joins hard line breaks inside words', () => {
    expect(roundTrip('共同建设“丝绸之\n路经济带”倡议', '丝绸之路经济带')).toBe('丝绸之\n路经济带');
  });

  test('keeps spaces in Latin text and between numbers', () => {
    expect(normalize('Xi Jinping met Tokayev on 17 May').text).toBe('Xi Jinping met Tokayev on 17 May');
    expect(normalize('CICA  summit').text).toBe('CICA summit');
  });

  test('maps full-width digits and letters to ASCII, one unit each', () => {
    const src = '９月７日ＳＣＯ';
    expect(normalize(src).text).toBe('9月7日SCO');
    expect(roundTrip(src, 'SCO')).toBe('ＳＣＯ');
  });

  test('unifies dash variants between Chinese characters', () => {
    for (const dash of ['‐', '-', '–', '—', '─', '－', '―']) {
      expect(normalize(`中国${dash}中亚峰会`).text).toBe('中国—中亚峰会');
    }
    expect(normalize('COVID-19').text).toBe('COVID-19');
  });

  test('drops zero-width characters but maps around them', () => {
    expect(roundTrip('亚\u200b信峰会', '亚信')).toBe('亚\u200b信');
  });

  test('normalizeForm matches normalised page text', () => {
    expect(normalize('中 国 - 中 亚 峰 会').text).toBe(normalizeForm('中国－中亚峰会'));
  });

  test('a long run of spaces is read once, not once per space', () => {
    // 200,000 spaces: quadratic work here took minutes; linear takes milliseconds. The
    // test asserts the result, and would time out rather than pass if it went quadratic.
    const src = `中${' '.repeat(200_000)}文`;
    expect(normalize(src).text).toBe('中文');
  });

  test('toOriginalRange rejects ranges outside the text', () => {
    expect(() => toOriginalRange(normalize('亚信'), 1, 5)).toThrow(RangeError);
  });
});
