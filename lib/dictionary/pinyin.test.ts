import { describe, expect, test } from 'vitest';
import { markSyllable, toToneMarks } from './pinyin';

describe('numbered pinyin to tone marks', () => {
  test('the mark goes on a or e, on the o of ou, else on the last vowel', () => {
    expect(toToneMarks('zhong1 guo2')).toBe('zhōng guó');
    expect(toToneMarks('hao3 lou2 gui4 shui3')).toBe('hǎo lóu guì shuǐ');
    expect(toToneMarks('xue2 jie4')).toBe('xué jiè');
  });
  test('ü, the neutral tone, capitals and pieces that are not syllables', () => {
    expect(toToneMarks('lu:3 nu:4 lu:e4')).toBe('lǚ nǜ lüè');
    expect(toToneMarks('ma5 r5')).toBe('ma r');
    expect(toToneMarks('Zhong1 Ya4')).toBe('Zhōng Yà');
    expect(toToneMarks('san1 D da3 yin4')).toBe('sān D dǎ yìn');
    expect(markSyllable('4S')).toBe('4S');
    expect(toToneMarks('Lu:e4')).toBe('Lüè');
  });
});
