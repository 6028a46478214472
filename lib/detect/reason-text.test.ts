import { expect, test } from 'vitest';
import { detect } from './index';
import { reasonText } from './reason-text';
import type { Reason } from './reasons';

test('each reason reads in Chinese', () => {
  const zh = (r: Reason) => reasonText(r, 'zh');
  expect(zh({ code: 'title-names', label: 'joint-statement', form: '联合声明' })).toBe('标题含“联合声明”');
  expect(zh({ code: 'mentions', label: 'kazakhstan', count: 12 })).toBe('提及哈萨克斯坦 12 次');
  expect(zh({ code: 'mentions', label: 'sco', count: 2 })).toBe('提及上海合作组织 2 次');
  expect(zh({ code: 'vocabulary', terms: [{ form: '全面战略伙伴关系', count: 3 }, { form: '国事访问', count: 1 }] })).toBe(
    '外交用语：全面战略伙伴关系 ×3、国事访问',
  );
  expect(zh({ code: 'not-counted', form: '亚信科技', meaning: 'AsiaInfo, a company', count: 2 })).toBe('不计入：亚信科技 ×2');
  expect(zh({ code: 'not-counted', form: '哈萨克族', meaning: 'the Kazakh ethnic group in China', count: 1 })).toBe('不计入：哈萨克族');
  expect(zh({ code: 'signals', region: 0.95, genre: 1, chars: 1200 })).toBe('地区信号 0.95，外交信号 1.00，共 1200 字');
  expect(zh({ code: 'region-incidental' })).toBe('该地区只是顺带提及');
});

test('the English forms are the annotator’s sentences', () => {
  const en = (r: Reason) => reasonText(r, 'en');
  expect(en({ code: 'title-names', label: 'sco', form: '上海合作組織' })).toBe('title names the SCO (上海合作組織)');
  expect(en({ code: 'vocabulary', terms: [{ form: '全面战略伙伴关系', count: 3 }, { form: '国事访问', count: 1 }] })).toBe(
    'diplomatic vocabulary: 全面战略伙伴关系 ×3, 国事访问',
  );
  expect(en({ code: 'not-counted', form: '亚信科技', meaning: 'AsiaInfo, a company', count: 2 })).toBe('not counted: 亚信科技 (AsiaInfo, a company) ×2');
});

test('the detector’s reasons on real text leave no English behind in Chinese', () => {
  const pages = [
    { title: '中华人民共和国和哈萨克斯坦共和国联合声明', text: '双方一致同意发展全面战略伙伴关系。哈萨克斯坦支持一个中国原则。上海合作组织。'.repeat(5) },
    { title: '亚信科技年报', text: '亚信科技发布年报，亚信科技营收增长。哈萨克族同胞。' },
    { title: '天气', text: '' },
  ];
  for (const page of pages) {
    for (const reason of detect(page).reasons) expect(reasonText(reason, 'zh'), reason.code).not.toMatch(/[a-z]/);
  }
});
