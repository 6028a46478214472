import { expect, test } from 'vitest';
import { formatCardCopy, formatPageCitation } from './card-copy';

const page = { title: '习近平同托卡耶夫会谈 - 示例新闻网', site: 'news.example.cn', published: '2025-06-17', url: 'https://news.example.cn/a/1.html' };
const entry = { term: '三股势力', pinyin: 'sān gǔ shìlì', english: 'the three evil forces', englishVerified: true, englishSource: 'SCO Charter (official English text)' };

test('the page is cited with its title, date, site and address', () => {
  expect(formatPageCitation(page, '2026-12-04')).toBe('《习近平同托卡耶夫会谈 - 示例新闻网》（2025-06-17），news.example.cn，https://news.example.cn/a/1.html');
});

test('a page without a date is cited with the day it was read; title marks inside become single', () => {
  expect(formatPageCitation({ ...page, title: '关于《宣言》的说明', published: null }, '2026-12-04')).toBe(
    '《关于〈宣言〉的说明》（访问于 2026-12-04），news.example.cn，https://news.example.cn/a/1.html',
  );
});

test('the copy holds the entry, the source of its English, and the citation', () => {
  expect(formatCardCopy(entry, '三股势力', page, '2026-12-04').split('\n')).toEqual([
    '三股势力 sān gǔ shìlì — the three evil forces',
    'English: SCO Charter (official English text)',
    '《习近平同托卡耶夫会谈 - 示例新闻网》（2025-06-17），news.example.cn，https://news.example.cn/a/1.html',
  ]);
});

test('the form written on the page comes first, an unverified English says so', () => {
  const copied = formatCardCopy({ ...entry, englishVerified: false, englishSource: undefined }, '三股勢力', page, '2026-12-04');
  expect(copied).toMatch(/^三股勢力（三股势力） sān gǔ shìlì/);
  expect(copied).toContain('English: unverified rendering');
});

test('the Russian and Kazakh the reader chose are copied with their sources, in the chosen order', () => {
  const withOthers = {
    ...entry,
    ru: { text: 'три силы зла', verified: true, source: 'Шанхайская конвенция (русский текст)' },
    kk: { text: 'үш зұлымдық күші', verified: false },
  };
  expect(formatCardCopy(withOthers, '三股势力', page, '2026-12-04', ['kk', 'en', 'ru']).split('\n').slice(2, 4)).toEqual([
    'Kazakh: үш зұлымдық күші — unverified rendering',
    'Russian: три силы зла — Шанхайская конвенция (русский текст)',
  ]);
  // Not chosen, not copied.
  expect(formatCardCopy(withOthers, '三股势力', page, '2026-12-04', ['en'])).not.toMatch(/Russian|Kazakh/);
});
