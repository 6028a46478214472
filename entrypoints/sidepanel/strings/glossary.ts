// The glossary browser and a term's entry page.
import { defineStrings } from '@/lib/i18n/i18n';

export const glossaryStrings = defineStrings({
  en: {
    heading: 'Glossary',
    search: 'Search the glossary',
    searchRegion: 'Glossary',
    placeholder: '上海合作组织, shanghai hezuo, Shanghai Cooperation…',
    hint: 'Chinese in simplified or traditional characters, pinyin with or without tones, or English.',
    category: 'Category',
    all: 'All categories',
    count: (n: number) => (n === 0 ? 'No term matches.' : n === 1 ? '1 term' : `${n} terms`),
  },
  zh: {
    heading: '术语表',
    search: '搜索术语表',
    searchRegion: '术语表',
    placeholder: '上海合作组织、shanghai hezuo、Shanghai Cooperation…',
    hint: '可输入简体或繁体中文、拼音（带不带声调均可）或英文。',
    category: '类别',
    all: '全部类别',
    count: (n: number) => (n === 0 ? '没有匹配的术语。' : `共 ${n} 个术语`),
  },
});

export const entryStrings = defineStrings({
  en: {
    notFound: (id: string) => `The glossary has no entry “${id}”.`,
    pinyin: 'Pinyin',
    english: 'English',
    category: 'Category',
    source: (source: string) => `Source: ${source}`,
    unverified: 'Unverified rendering: not yet confirmed in an official English text.',
    definition: 'Definition',
    variants: 'Also written',
    related: 'Related terms',
    firstSeen: (year: string) => `in the corpus from ${year}`,
    notInCorpus: 'not in the corpus',
    timeline: 'In the corpus over time',
    timelinePoint: (n: number) => (n === 1 ? '1 paragraph' : `${n} paragraphs`),
    concordance: (n: number) => `Concordance (${n} ${n === 1 ? 'paragraph' : 'paragraphs'})`,
    absent: 'This term does not occur in the bundled corpus.',
    whyIncluded: 'Why it is in the glossary',
  },
  zh: {
    notFound: (id: string) => `术语表中没有词条“${id}”。`,
    pinyin: '拼音',
    english: '英文',
    category: '类别',
    source: (source: string) => `出处：${source}`,
    unverified: '未经核实的译法：尚未在官方英文文本中得到确认。',
    definition: '释义',
    variants: '其他写法',
    related: '相关术语',
    firstSeen: (year: string) => `${year}年起见于语料库`,
    notInCorpus: '语料库中未见',
    timeline: '在语料库中的演变',
    timelinePoint: (n: number) => `${n} 段`,
    concordance: (n: number) => `语料库用例（${n} 段）`,
    absent: '随附语料库中没有出现这个术语。',
    whyIncluded: '收录理由',
  },
});
