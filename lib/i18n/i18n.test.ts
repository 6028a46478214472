import { expect, test } from 'vitest';
import { defineStrings, resolveLang } from './i18n';

test('auto follows the browser language; a choice overrides it', () => {
  expect(resolveLang('auto', 'zh-CN')).toBe('zh');
  expect(resolveLang('auto', 'zh-TW')).toBe('zh');
  expect(resolveLang('auto', 'en-GB')).toBe('en');
  expect(resolveLang('auto', 'kk')).toBe('en');
  expect(resolveLang('zh', 'en-US')).toBe('zh');
  expect(resolveLang('en', 'zh-CN')).toBe('en');
});

test('strings are looked up per language, with parameters', () => {
  const strings = defineStrings({
    en: { terms: (n: number) => `${n} terms`, title: 'Treaty Lens' },
    zh: { terms: (n: number) => `${n} 个术语`, title: 'Treaty Lens 条约透镜' },
  });
  expect(strings('en').terms(3)).toBe('3 terms');
  expect(strings('zh').terms(3)).toBe('3 个术语');
  expect(strings('zh').title).toBe('Treaty Lens 条约透镜');
});
