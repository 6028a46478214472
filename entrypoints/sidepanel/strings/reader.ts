// The corpus views: the reader and its metadata, citations, the document list, the
// timeline and search.
import { defineStrings, russianPlural } from '@/lib/i18n/i18n';

export const readerStrings = defineStrings({
  en: {
    paragraph: (n: number) => `Paragraph ${n}`,
    paragraphShort: (n: number) => `¶${n}`,
    copy: 'Copy citation',
    copyLabel: (n: number) => `Copy citation for paragraph ${n}`,
    copied: (citation: string) => `Copied: ${citation}`,
    copyFailed: (citation: string) => `Could not copy; select and copy it yourself: ${citation}`,
    openAgreement: (date: string | null) => `Open this agreement in the corpus${date ? ` (${date})` : ''}`,
    notBundled: 'referenced, not in the corpus',
    notBundledDated: (date: string | null) => `referenced, not in the corpus${date ? ` · ${date}` : ''}`,
  },
  zh: {
    paragraph: (n: number) => `第${n}段`,
    paragraphShort: (n: number) => `第${n}段`,
    copy: '复制引文',
    copyLabel: (n: number) => `复制第${n}段的引文`,
    copied: (citation: string) => `已复制：${citation}`,
    copyFailed: (citation: string) => `无法复制，请手动选中后复制：${citation}`,
    openAgreement: (date: string | null) => `在语料库中打开此协定${date ? `（${date}）` : ''}`,
    notBundled: '仅被援引，语料库未收录',
    notBundledDated: (date: string | null) => `仅被援引，语料库未收录${date ? ` · ${date}` : ''}`,
  },
  ru: {
    paragraph: (n: number) => `Абзац ${n}`,
    paragraphShort: (n: number) => `¶${n}`,
    copy: 'Копировать ссылку',
    copyLabel: (n: number) => `Копировать ссылку на абзац ${n}`,
    copied: (citation: string) => `Скопировано: ${citation}`,
    copyFailed: (citation: string) => `Не удалось скопировать; выделите и скопируйте сами: ${citation}`,
    openAgreement: (date: string | null) => `Открыть это соглашение в корпусе${date ? ` (${date})` : ''}`,
    notBundled: 'упоминается, нет в корпусе',
    notBundledDated: (date: string | null) => `упоминается, нет в корпусе${date ? ` · ${date}` : ''}`,
  },
});

export const metaStrings = defineStrings({
  en: {
    date: 'Date',
    savedOn: 'Saved on',
    kind: 'Kind',
    place: 'Place',
    parties: 'Parties',
    signatories: 'Signatories',
    source: 'Source',
    page: (p: string) => `p. ${p}`,
    published: (d: string) => `published ${d}`,
    byline: 'Byline',
    continued: 'Continued from',
    continuedPage: (p: string) => `page ${p}`,
    related: 'Related',
    address: 'Saved from',
    cited: (n: number) => `Cited agreements (${n})`,
    open: 'open',
    undated: 'undated',
  },
  zh: {
    date: '日期',
    savedOn: '保存日期',
    kind: '类型',
    place: '地点',
    parties: '各方',
    signatories: '签署人',
    source: '来源',
    page: (p: string) => `第${p}版`,
    published: (d: string) => `${d}刊发`,
    byline: '署名',
    continued: '上接',
    continuedPage: (p: string) => `第${p}版`,
    related: '相关文献',
    address: '网页地址',
    cited: (n: number) => `援引的协定（${n}）`,
    open: '打开',
    undated: '日期不详',
  },
  ru: {
    date: 'Дата',
    savedOn: 'Сохранено',
    kind: 'Тип',
    place: 'Место',
    parties: 'Стороны',
    signatories: 'Подписавшие',
    source: 'Источник',
    page: (p: string) => `с. ${p}`,
    published: (d: string) => `опубликовано ${d}`,
    byline: 'Автор',
    continued: 'Продолжение',
    continuedPage: (p: string) => `страница ${p}`,
    related: 'Связанные',
    address: 'Сохранено с',
    cited: (n: number) => `Упомянутые соглашения (${n})`,
    open: 'открыть',
    undated: 'без даты',
  },
});

export const listStrings = defineStrings({
  en: {
    documents: 'Documents',
    timeline: (from: string, to: string) => `Timeline, ${from}–${to}`,
    agreement: 'Agreement',
    citedIn: (n: number, title: string) => `cited in ¶${n} of ${title}`,
  },
  zh: {
    documents: '文献',
    timeline: (from: string, to: string) => `时间线（${from}—${to}年）`,
    agreement: '协定',
    citedIn: (n: number, title: string) => `见${title}第${n}段`,
  },
  ru: {
    documents: 'Документы',
    timeline: (from: string, to: string) => `Хронология, ${from}–${to}`,
    agreement: 'Соглашение',
    citedIn: (n: number, title: string) => `упомянуто в ¶${n} документа «${title}»`,
  },
});

export const searchStrings = defineStrings({
  en: {
    label: 'Search the corpus',
    searchRegion: 'Corpus',
    placeholder: '亚信, CICA, sangu shili, 2014 …',
    heading: 'Results',
    count: (n: number, shown: number) =>
      n === 0 ? 'No results.' : n === 1 ? '1 result' : n > shown ? `${n} results; the best ${shown} are shown` : `${n} results`,
    title: 'title',
    viaGlossary: (query: string) => `No text matches “${query}”; showing documents with the glossary term `,
    sentenceEnd: '. ',
  },
  zh: {
    label: '搜索语料库',
    searchRegion: '语料库',
    placeholder: '亚信、CICA、sangu shili、2014…',
    heading: '搜索结果',
    count: (n: number, shown: number) => (n === 0 ? '没有结果。' : n > shown ? `共 ${n} 条结果，显示最相关的 ${shown} 条` : `共 ${n} 条结果`),
    title: '标题',
    viaGlossary: (query: string) => `没有与“${query}”相符的文本；以下是含有术语表词条的文献：`,
    sentenceEnd: '。',
  },
  ru: {
    label: 'Поиск по корпусу',
    placeholder: '亚信, 三股势力, 2014 …',
    heading: 'Результаты',
    count: (n: number, shown: number) => {
      if (n === 0) return 'Ничего не найдено.';
      const found = `${n} ${russianPlural(n, 'результат', 'результата', 'результатов')}`;
      return n > shown ? `${found}; показаны ${shown} лучших` : found;
    },
    title: 'заголовок',
    searchRegion: 'Корпус',
    viaGlossary: (query: string) => `Ни один текст не совпадает с «${query}»; показаны документы с термином глоссария `,
    sentenceEnd: '. ',
  },
});
