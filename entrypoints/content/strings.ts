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
    more: 'More',
    less: 'Less',
    close: 'Close',
    pin: 'Pin: keep this card open while scrolling',
    unpin: 'Unpin',
    copy: 'Copy',
    copied: 'Copied: the entry and a citation of this page',
    copyFailed: 'Could not copy',
    unverified: 'unverified rendering',
    unverifiedWhy: 'No official English text is known to use this rendering: it is the glossary’s own translation.',
    simplified: 'simplified',
    glossaryEntry: 'Glossary entry',
    dictionary: 'Dictionary',
    traditional: 'traditional',
    classifiers: 'Classifiers',
    variants: 'Variant of',
    characters: 'Characters',
    inGlossary: 'In the glossary',
    save: 'Save',
    saveLabel: (word: string) => `Save ${word} to the word list`,
    saved: 'Saved',
    saveFailed: 'Could not save',
    speak: (word: string) => `Read ${word} aloud`,
    noWords: 'No dictionary word here',
    lookUpFailed: 'The dictionary could not be read',
    /** Read out when a dictionary card opens with focus inside it. */
    openedWord: (word: string) => `Dictionary card for ${word}. Tab moves through it, Esc closes.`,
    /** Read out when the card opens with focus inside it. */
    opened: (term: string) => `Card for ${term}. Tab moves through it, M shows more, Esc closes.`,
    /** Read out by screen readers when the keyboard steps to a term. */
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term} — ${english}. Term ${n} of ${total}. Enter opens its card.`,
  },
  zh: {
    related: '相关术语',
    inCorpus: '见于语料库',
    myTerm: '我的术语',
    more: '更多',
    less: '收起',
    close: '关闭',
    pin: '固定：滚动时保持卡片打开',
    unpin: '取消固定',
    copy: '复制',
    copied: '已复制：术语条目及本页引文',
    copyFailed: '未能复制',
    unverified: '译法未经核实',
    unverifiedWhy: '尚未见官方英文文本使用此译法，这是本词汇表自己的译法。',
    simplified: '简体',
    glossaryEntry: '词汇表条目',
    dictionary: '词典',
    traditional: '繁体',
    classifiers: '量词',
    variants: '异体',
    characters: '单字',
    inGlossary: '词汇表中',
    save: '保存',
    saveLabel: (word: string) => `把${word}保存到生词本`,
    saved: '已保存',
    saveFailed: '未能保存',
    speak: (word: string) => `朗读${word}`,
    noWords: '此处没有词典词语',
    lookUpFailed: '未能读取词典',
    openedWord: (word: string) => `${word}的词典卡片。Tab 键在卡片内移动，Esc 键关闭。`,
    opened: (term: string) => `${term}的术语卡片。Tab 键在卡片内移动，M 键显示更多，Esc 键关闭。`,
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term}（${english}）。第 ${n} 个术语，共 ${total} 个。按回车键打开术语卡片。`,
  },
  ru: {
    related: 'Связанные термины',
    inCorpus: 'В корпусе',
    myTerm: 'Мой термин',
    more: 'Подробнее',
    less: 'Свернуть',
    close: 'Закрыть',
    pin: 'Закрепить: карточка остаётся открытой при прокрутке',
    unpin: 'Открепить',
    copy: 'Копировать',
    copied: 'Скопировано: статья и ссылка на эту страницу',
    copyFailed: 'Не удалось скопировать',
    unverified: 'непроверенный перевод',
    unverifiedWhy: 'Неизвестно ни одного официального английского текста с таким переводом: это собственный перевод глоссария.',
    simplified: 'упрощённое написание',
    glossaryEntry: 'Статья глоссария',
    dictionary: 'Словарь',
    traditional: 'полное написание',
    classifiers: 'Счётные слова',
    variants: 'Вариант',
    characters: 'Иероглифы',
    inGlossary: 'В глоссарии',
    save: 'Сохранить',
    saveLabel: (word: string) => `Сохранить ${word} в список слов`,
    saved: 'Сохранено',
    saveFailed: 'Не удалось сохранить',
    speak: (word: string) => `Прочитать ${word} вслух`,
    noWords: 'Здесь нет слов из словаря',
    lookUpFailed: 'Не удалось прочитать словарь',
    openedWord: (word: string) => `Словарная карточка ${word}. Tab перемещает по ней, Esc закрывает.`,
    opened: (term: string) => `Карточка термина ${term}. Tab перемещает по ней, M показывает больше, Esc закрывает.`,
    stepped: (term: string, english: string, n: number, total: number) =>
      `${term} — ${english}. Термин ${n} из ${total}. Enter открывает карточку.`,
  },
});

export function cardStrings(lang: Lang) {
  return { ...labels(lang), title: titleCardStrings(lang), categories: categoryLabels(lang) as Record<string, string | undefined> };
}
export type CardStrings = ReturnType<typeof cardStrings>;
