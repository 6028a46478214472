import { expect, test } from 'vitest';
import { initialForm } from './compile';

test("a person's full name gives its initial-and-surname form, with the dot as written", () => {
  expect(initialForm('萨德尔·扎帕罗夫')).toBe('萨·扎帕罗夫');
  expect(initialForm('萨德尔・扎帕罗夫')).toBe('萨・扎帕罗夫');
  expect(initialForm('努尔苏丹·阿比舍维奇·纳扎尔巴耶夫')).toBe('努·纳扎尔巴耶夫');
});

test('a form that is not a full name gives none', () => {
  expect(initialForm('扎帕罗夫')).toBeUndefined();
  expect(initialForm('卡·托卡耶夫')).toBeUndefined(); // already an initial
  expect(initialForm('Tokayev·托卡耶夫')).toBeUndefined();
});
