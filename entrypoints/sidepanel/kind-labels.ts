// Names of document kinds, shared by the list, the timeline, the reader, search and the
// related documents of a page.
import { defineStrings } from '@/lib/i18n/i18n';

export const kindStrings = defineStrings({
  en: {
    'joint-statement': 'Joint statement',
    'joint-declaration': 'Joint declaration',
    'joint-communique': 'Joint communiqué',
    'news-report': 'News report',
    commentary: 'Commentary',
    briefing: 'Briefing',
    caption: 'Photo caption',
    'saved-page': 'Saved page',
  },
  zh: {
    'joint-statement': '联合声明',
    'joint-declaration': '联合宣言',
    'joint-communique': '联合公报',
    'news-report': '新闻报道',
    commentary: '评论',
    briefing: '记者会答问',
    caption: '图片说明',
    'saved-page': '保存的网页',
  },
  ru: {
    'joint-statement': 'Совместное заявление',
    'joint-declaration': 'Совместная декларация',
    'joint-communique': 'Совместное коммюнике',
    'news-report': 'Новостное сообщение',
    commentary: 'Комментарий',
    briefing: 'Брифинг',
    caption: 'Подпись к фото',
    'saved-page': 'Сохранённая страница',
  },
});
