// Names of the glossary's categories in each UI language: the card shows them, and the
// options page lists them for filtering.
import { defineStrings } from '../i18n/i18n';
import type { CATEGORIES } from './categories';

type Labels = Record<(typeof CATEGORIES)[number], string>;

export const categoryLabels = defineStrings<Labels>({
  en: {
    organization: 'Organisation',
    mechanism: 'Mechanism',
    relationship: 'Relationship',
    policy: 'Policy',
    security: 'Security',
    agreement: 'Agreement',
    project: 'Project',
    place: 'Place',
    person: 'Person',
    culture: 'Culture',
  },
  zh: {
    organization: '组织机构',
    mechanism: '合作机制',
    relationship: '双边关系',
    policy: '政策倡议',
    security: '安全',
    agreement: '条约文件',
    project: '合作项目',
    place: '地名',
    person: '人物',
    culture: '人文',
  },
  ru: {
    organization: 'Организация',
    mechanism: 'Механизм',
    relationship: 'Отношения',
    policy: 'Политика',
    security: 'Безопасность',
    agreement: 'Соглашение',
    project: 'Проект',
    place: 'Место',
    person: 'Персона',
    culture: 'Культура',
  },
});
