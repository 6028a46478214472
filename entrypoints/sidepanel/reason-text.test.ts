import { expect, test } from 'vitest';
import { detect } from '@/lib/detect';
import { reasonText } from './reason-text';

test('English reasons pass through', () => {
  expect(reasonText('mentions Kazakhstan ×3', 'en')).toBe('mentions Kazakhstan ×3');
});

test('each sentence shape of the detector reads in Chinese', () => {
  expect(reasonText('title names a joint statement (联合声明)', 'zh')).toBe('标题含“联合声明”');
  expect(reasonText('mentions Kazakhstan ×12', 'zh')).toBe('提及哈萨克斯坦 12 次');
  expect(reasonText('mentions the SCO ×2', 'zh')).toBe('提及上海合作组织 2 次');
  expect(reasonText('diplomatic vocabulary: 全面战略伙伴关系 ×3, 国事访问', 'zh')).toBe('外交用语：全面战略伙伴关系 ×3、国事访问');
  expect(reasonText('not counted: 亚信科技 (AsiaInfo, a company) ×2', 'zh')).toBe('不计入：亚信科技 ×2');
  expect(reasonText('not counted: 哈萨克族 (the Kazakh ethnic group in China)', 'zh')).toBe('不计入：哈萨克族');
  expect(reasonText('region signal 0.95, diplomatic signal 1.00 over 1200 characters', 'zh')).toBe('地区信号 0.95，外交信号 1.00，共 1200 字');
  expect(reasonText('the region is mentioned only in passing', 'zh')).toBe('该地区只是顺带提及');
});

test('the detector’s reasons on real text leave no English sentence behind', () => {
  const pages = [
    { title: '中华人民共和国和哈萨克斯坦共和国联合声明', text: '双方一致同意发展全面战略伙伴关系。哈萨克斯坦支持一个中国原则。上海合作组织。'.repeat(5) },
    { title: '亚信科技年报', text: '亚信科技发布年报，亚信科技营收增长。哈萨克族同胞。' },
    { title: '天气', text: '' },
  ];
  for (const page of pages) {
    for (const reason of detect(page).reasons) expect(reasonText(reason, 'zh'), reason).not.toMatch(/^[a-z]/);
  }
});
