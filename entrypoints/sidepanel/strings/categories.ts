// Names of the glossary's categories as headings and filter choices: the plural of the
// names the card and the options page use (lib/glossary/category-labels.ts), so a category
// is called one thing everywhere.
import { defineStrings } from '@/lib/i18n/i18n';
import { categoryLabels } from '@/lib/glossary/category-labels';

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
    culture: 'Culture',
    'agreement-title': 'Agreement titles not in the glossary',
  },
  // Chinese names have no plural: the same as the card's.
  zh: { ...categoryLabels('zh'), 'agreement-title': '术语表未收的条约文件标题' },
  ru: {
    organization: 'Организации',
    mechanism: 'Механизмы',
    relationship: 'Отношения',
    policy: 'Политика',
    security: 'Безопасность',
    agreement: 'Соглашения',
    project: 'Проекты',
    place: 'Места',
    person: 'Персоны',
    culture: 'Культура',
    'agreement-title': 'Названия соглашений вне глоссария',
  },
});
