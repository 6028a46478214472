import { expect, test } from 'vitest';
import { defineStrings, resolveLang, russianPlural } from './i18n';

test('auto follows the browser language; a choice overrides it', () => {
  expect(resolveLang('auto', 'zh-CN')).toBe('zh');
  expect(resolveLang('auto', 'zh-TW')).toBe('zh');
  expect(resolveLang('auto', 'en-GB')).toBe('en');
  expect(resolveLang('auto', 'ru-RU')).toBe('ru');
  expect(resolveLang('auto', 'kk')).toBe('ru');
  expect(resolveLang('auto', 'de')).toBe('en');
  expect(resolveLang('ru', 'zh-CN')).toBe('ru');
  expect(resolveLang('zh', 'en-US')).toBe('zh');
  expect(resolveLang('en', 'zh-CN')).toBe('en');
});

test('strings are looked up per language, with parameters', () => {
  const strings = defineStrings({
    en: { terms: (n: number) => `${n} terms`, title: 'Treaty Lens' },
    zh: { terms: (n: number) => `${n} 个术语`, title: 'Treaty Lens 条约透镜' },
    ru: { terms: (n: number) => `терминов: ${n}`, title: 'Treaty Lens' },
  });
  expect(strings('ru').terms(3)).toBe('терминов: 3');
  expect(strings('en').terms(3)).toBe('3 terms');
  expect(strings('zh').terms(3)).toBe('3 个术语');
  expect(strings('zh').title).toBe('Treaty Lens 条约透镜');
});

test('Russian nouns take the form their number asks for', () => {
  const terms = (n: number) => `${n} ${russianPlural(n, 'термин', 'термина', 'терминов')}`;
  expect([1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map(terms)).toEqual([
    '1 термин', '2 термина', '5 терминов', '11 терминов', '12 терминов', '21 термин', '22 термина', '25 терминов', '101 термин', '111 терминов',
  ]);
});
