// The panel's frame: title, navigation, the views' tabs.
import { defineStrings } from '@/lib/i18n/i18n';

export const shellStrings = defineStrings({
  en: {
    title: 'Treaty Lens',
    back: 'All documents',
    backToGlossary: 'All terms',
    loading: 'Loading…',
    notFound: (id: string) => `This document is not in the corpus: ${id}`,
    views: 'Views',
    page: 'This page',
    glossary: 'Glossary',
    dictionary: 'Dictionary',
    timeline: 'Timeline',
    documents: 'Documents',
    saved: 'My pages',
    myTerms: 'My terms',
  },
  zh: {
    title: 'Treaty Lens',
    back: '全部文献',
    backToGlossary: '全部术语',
    loading: '正在加载…',
    notFound: (id: string) => `语料库中没有这份文献：${id}`,
    views: '视图',
    page: '本页',
    glossary: '术语表',
    dictionary: '词典',
    timeline: '时间线',
    documents: '文献',
    saved: '我的页面',
    myTerms: '我的术语',
  },
});
