import { describe, expect, test } from 'vitest';
import { readingOrder, type PageItem } from './reading-order';
import { readingText } from './reading-text';

/** An item of `text` whose top-left corner is at (x, y), 10 px high, 10 px a character. */
function item(text: string, x: number, y: number, size = 10): PageItem {
  return { text, box: { left: x, top: y, right: x + text.length * size, bottom: y + size } };
}

function read(items: PageItem[]): string[] {
  return readingText(
    readingOrder(items),
    items.map((i) => i.text),
  ).paragraphs;
}

describe('readingOrder', () => {
  test('reads two columns top to bottom, left to right, under a headline that spans both', () => {
    const items = [
      // Listed in the order a PDF might draw them: across the page, row by row.
      item('右栏第一行文字', 200, 100),
      item('左栏第一行文字', 20, 100),
      item('标题横跨两栏', 60, 40, 20),
      item('左栏第二行文字', 20, 114),
      item('右栏第二行文字', 200, 114),
      item('左栏第三行文字', 20, 128),
      item('右栏第三行文字', 200, 128),
    ];
    expect(read(items)).toEqual(['标题横跨两栏', '左栏第一行文字左栏第二行文字左栏第三行文字', '右栏第一行文字右栏第二行文字右栏第三行文字']);
  });

  test('joins spaced characters and items of one line, and starts a paragraph at an indent or after a short line', () => {
    const items = [
      item('外 交 部', 20, 20),
      item(' 发 言 人 表 示 了', 70, 20),
      item('中哈两国关系好好好好好好好好好好', 20, 34),
      item('短行。', 20, 48),
      item('新段落从这里开始开始开始开始开始', 20, 62),
      item('缩进的段落开头开头开头开头开', 40, 76),
      item('继续写下去了的继续写下继续写下去', 20, 90),
    ];
    expect(read(items)).toEqual([
      '外交部发言人表示了中哈两国关系好好好好好好好好好好短行。',
      '新段落从这里开始开始开始开始开始',
      '缩进的段落开头开头开头开头开继续写下去了的继续写下继续写下去',
    ]);
  });

  test('keeps a space between Latin words broken across lines, and maps each character to its item', () => {
    const items = [item('Joint Statement of', 20, 20, 6), item('the  two sides', 20, 30, 6)];
    const text = readingText(
      readingOrder(items),
      items.map((i) => i.text),
    );
    expect(text.paragraphs).toEqual(['Joint Statement of the two sides']);
    const [sources] = text.sources;
    expect(sources).toHaveLength(text.paragraphs[0]!.length);
    [...text.paragraphs[0]!].forEach((ch, i) => {
      const [it, off] = sources![i]!;
      if (it === -1) expect(ch).toBe(' ');
      else expect(items[it]!.text[off]).toBe(ch);
    });
    expect(sources![18]).toEqual([-1, -1]);
  });

  test('puts a blank item into the line it sits in and ignores a blank one alone', () => {
    const items = [item('Astana', 20, 20), item(' ', 80, 20), item('Summit', 90, 20), item('   ', 20, 200)];
    expect(readingOrder(items)).toEqual([[[0, 1, 2]]]);
  });
});
