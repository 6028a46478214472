// The card's body for a title in 《…》 that the glossary does not have: what kind of
// document its ending names, and the corpus document if the bundle has it.
import { defineStrings } from '@/lib/i18n/i18n';
import type { TooltipEntry } from '@/lib/messaging/messages';
import type { TitleKind } from '@/lib/glossary/title-kinds';

const KINDS_EN: Record<TitleKind, string> = {
  'memorandum-of-understanding': 'Memorandum of understanding',
  'joint-statement': 'Joint statement',
  'joint-declaration': 'Joint declaration',
  'joint-communique': 'Joint communiqué',
  roadmap: 'Roadmap',
  memorandum: 'Memorandum',
  protocol: 'Protocol',
  treaty: 'Treaty',
  agreement: 'Agreement',
  convention: 'Convention',
  charter: 'Charter',
  declaration: 'Declaration',
  communique: 'Communiqué',
  outline: 'Outline (programme)',
  plan: 'Plan',
  statement: 'Statement',
  resolution: 'Resolution',
};

const KINDS_ZH: Record<TitleKind, string> = {
  'memorandum-of-understanding': '谅解备忘录',
  'joint-statement': '联合声明',
  'joint-declaration': '联合宣言',
  'joint-communique': '联合公报',
  roadmap: '路线图',
  memorandum: '备忘录',
  protocol: '议定书',
  treaty: '条约',
  agreement: '协定（协议）',
  convention: '公约',
  charter: '宪章',
  declaration: '宣言',
  communique: '公报',
  outline: '纲要',
  plan: '规划（计划）',
  statement: '声明',
  resolution: '决议',
};

const KINDS_RU: Record<TitleKind, string> = {
  'memorandum-of-understanding': 'Меморандум о взаимопонимании',
  'joint-statement': 'Совместное заявление',
  'joint-declaration': 'Совместная декларация',
  'joint-communique': 'Совместное коммюнике',
  roadmap: 'Дорожная карта',
  memorandum: 'Меморандум',
  protocol: 'Протокол',
  treaty: 'Договор',
  agreement: 'Соглашение',
  convention: 'Конвенция',
  charter: 'Хартия (устав)',
  declaration: 'Декларация',
  communique: 'Коммюнике',
  outline: 'Программа (основные положения)',
  plan: 'План',
  statement: 'Заявление',
  resolution: 'Резолюция',
};

export const titleCardStrings = defineStrings({
  en: {
    heading: 'Agreement title (not in the glossary)',
    notInCorpus: 'Not in the bundled corpus',
    kind: (kind: TitleKind) => KINDS_EN[kind],
  },
  zh: {
    heading: '条约文件标题（术语表未收）',
    notInCorpus: '语料库未收此文件',
    kind: (kind: TitleKind) => KINDS_ZH[kind],
  },
  ru: {
    heading: 'Название соглашения (нет в глоссарии)',
    notInCorpus: 'Нет во встроенном корпусе',
    kind: (kind: TitleKind) => KINDS_RU[kind],
  },
});
export type TitleCardStrings = ReturnType<typeof titleCardStrings>;

/**
 * Fills the card for a title. `corpusList` is the card's own list of corpus links (the same
 * links, heading and click handling as a glossary term's).
 */
/** The body of a title's card: what kind of document it is, and the corpus's copy or its absence. */
export function renderTitleBody(
  entry: TooltipEntry & { titleKind: TitleKind },
  strings: TitleCardStrings,
  renderCorpus: (entry: TooltipEntry) => HTMLElement,
): HTMLElement[] {
  const heading = document.createElement('div');
  heading.className = 'title-heading';
  heading.textContent = strings.heading;
  const kind = document.createElement('div');
  kind.className = 'english';
  kind.textContent = strings.kind(entry.titleKind);
  if (entry.corpus.length > 0) return [heading, kind, renderCorpus(entry)];
  const missing = document.createElement('div');
  missing.className = 'corpus';
  missing.textContent = strings.notInCorpus;
  return [heading, kind, missing];
}
