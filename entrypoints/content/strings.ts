// The card's own labels in the reader's chosen language. The term's English rendering and
// its definitions are glossary data and are shown as they are.
import { defineStrings, type Lang } from '@/lib/i18n/i18n';
import { categoryLabels } from '@/lib/glossary/category-labels';

const labels = defineStrings({
  en: {
    related: 'Related',
    inCorpus: 'In the corpus',
    more: 'More',
    less: 'Less',
    close: 'Close',
    pin: 'Pin: keep this card open while scrolling',
    unpin: 'Unpin',
    /** Read out when the card opens with focus inside it. */
    opened: (term: string) => `Card for ${term}. Tab moves through it, M shows more, Esc closes.`,
    /** Read out by screen readers when the keyboard steps to a term. */
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term} — ${english}. Term ${n} of ${total}. Enter opens its card.`,
  },
  zh: {
    related: '相关术语',
    inCorpus: '见于语料库',
    more: '更多',
    less: '收起',
    close: '关闭',
    pin: '固定：滚动时保持卡片打开',
    unpin: '取消固定',
    opened: (term: string) => `${term}的术语卡片。Tab 键在卡片内移动，M 键显示更多，Esc 键关闭。`,
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term}（${english}）。第 ${n} 个术语，共 ${total} 个。按回车键打开术语卡片。`,
  },
});

export function cardStrings(lang: Lang) {
  return { ...labels(lang), categories: categoryLabels(lang) as Record<string, string | undefined> };
}
export type CardStrings = ReturnType<typeof cardStrings>;
