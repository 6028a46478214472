// Names of the glossary's categories as headings and filter choices: the plural of the
// names the card and the options page use (lib/settings/category-labels.ts), so a category
// is called one thing everywhere.
import { defineStrings } from '@/lib/i18n/i18n';

export const categoryStrings = defineStrings({
  en: {
    organization: 'Organisations',
    mechanism: 'Mechanisms',
    relationship: 'Relationships',
    policy: 'Policies',
    security: 'Security',
    agreement: 'Agreements',
    project: 'Projects',
    place: 'Places',
    person: 'People',
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
  },
});
