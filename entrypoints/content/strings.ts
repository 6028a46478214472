// The card's own labels in the reader's chosen language. The term's English rendering and
// its definitions are glossary data and are shown as they are.
import { defineStrings, type Lang } from '@/lib/i18n/i18n';
import { categoryLabels } from '@/lib/glossary/category-labels';
import { titleCardStrings } from './title-card';

const labels = defineStrings({
  en: {
    related: 'Related',
    inCorpus: 'In the corpus',
    /** A term the reader added (My terms in the side panel). */
    myTerm: 'My term',
    /** Read out by screen readers when the keyboard steps to a term. */
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term} — ${english}. Term ${n} of ${total}. Enter opens its card.`,
  },
  zh: {
    related: '相关术语',
    inCorpus: '见于语料库',
    myTerm: '我的术语',
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term}（${english}）。第 ${n} 个术语，共 ${total} 个。按回车键打开术语卡片。`,
  },
  ru: {
    related: 'Связанные термины',
    inCorpus: 'В корпусе',
    myTerm: 'Мой термин',
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term} — ${english}. Термин ${n} из ${total}. Enter открывает карточку.`,
  },
});

export function cardStrings(lang: Lang) {
  return { ...labels(lang), title: titleCardStrings(lang), categories: categoryLabels(lang) as Record<string, string | undefined> };
}
export type CardStrings = ReturnType<typeof cardStrings>;
