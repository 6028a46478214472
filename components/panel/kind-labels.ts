// English names of document kinds, shared by the list, the timeline, the reader and search.
import type { DocumentKind } from '@/lib/corpus/schema';

export const KIND_LABEL: Record<DocumentKind | 'saved-page', string> = {
  'joint-statement': 'Joint statement',
  'joint-declaration': 'Joint declaration',
  'joint-communique': 'Joint communiqué',
  'news-report': 'News report',
  commentary: 'Commentary',
  briefing: 'Briefing',
  caption: 'Photo caption',
  'saved-page': 'Saved page',
};
