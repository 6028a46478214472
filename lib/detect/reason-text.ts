// The detector's reasons written out in each interface language. The English forms are also
// the command-line annotator's output (a contract): change them only with it.
import type { Lang } from '../i18n/i18n';
import type { Reason } from './reasons';
import { SIGNAL_LABELS } from './signals';

type Writers = { [C in Reason['code']]: (reason: Extract<Reason, { code: C }>) => string };

const times = (n: number, sep: string) => (n > 1 ? `${sep}×${n}` : '');

const WRITERS: Record<Lang, Writers> = {
  en: {
    'title-names': (r) => `title names ${SIGNAL_LABELS[r.label].en} (${r.form})`,
    mentions: (r) => `mentions ${SIGNAL_LABELS[r.label].en} ×${r.count}`,
    'region-incidental': () => 'the region is mentioned only in passing',
    'no-region': () => 'no mention of Kazakhstan, Central Asia, the SCO or CICA in the text',
    vocabulary: (r) => `diplomatic vocabulary: ${r.terms.map((t) => `${t.form}${times(t.count, ' ')}`).join(', ')}`,
    'vocabulary-incidental': () => 'diplomatic vocabulary is only incidental',
    'no-vocabulary': () => 'no diplomatic vocabulary in the text',
    'not-counted': (r) => `not counted: ${r.form} (${r.meaning})${times(r.count, ' ')}`,
    signals: (r) => `region signal ${r.region.toFixed(2)}, diplomatic signal ${r.genre.toFixed(2)} over ${r.chars} characters`,
    'no-text': () => 'the page has no text',
    'no-chinese': () => 'no Chinese text on the page',
  },
  zh: {
    'title-names': (r) => `标题含“${r.form}”`,
    mentions: (r) => `提及${SIGNAL_LABELS[r.label].zh} ${r.count} 次`,
    'region-incidental': () => '该地区只是顺带提及',
    'no-region': () => '正文未提及哈萨克斯坦、中亚、上海合作组织或亚信',
    vocabulary: (r) => `外交用语：${r.terms.map((t) => `${t.form}${times(t.count, ' ')}`).join('、')}`,
    'vocabulary-incidental': () => '外交用语只是零星出现',
    'no-vocabulary': () => '正文中没有外交用语',
    'not-counted': (r) => `不计入：${r.form}${times(r.count, ' ')}`,
    signals: (r) => `地区信号 ${r.region.toFixed(2)}，外交信号 ${r.genre.toFixed(2)}，共 ${r.chars} 字`,
    'no-text': () => '页面没有文字',
    'no-chinese': () => '页面没有中文',
  },
  // Labels stand after a colon, in the nominative, so no noun needs declining.
  ru: {
    'title-names': (r) => `в заголовке: ${SIGNAL_LABELS[r.label].ru} (${r.form})`,
    mentions: (r) => `упоминается: ${SIGNAL_LABELS[r.label].ru} ×${r.count}`,
    'region-incidental': () => 'регион упомянут лишь мимоходом',
    'no-region': () => 'в тексте не упоминаются Казахстан, Центральная Азия, ШОС или СВМДА',
    vocabulary: (r) => `дипломатическая лексика: ${r.terms.map((t) => `${t.form}${times(t.count, ' ')}`).join(', ')}`,
    'vocabulary-incidental': () => 'дипломатическая лексика встречается лишь случайно',
    'no-vocabulary': () => 'в тексте нет дипломатической лексики',
    'not-counted': (r) => `не учтено: ${r.form} (${r.meaning})${times(r.count, ' ')}`,
    signals: (r) => `региональный сигнал ${r.region.toFixed(2)}, дипломатический сигнал ${r.genre.toFixed(2)}, знаков: ${r.chars}`,
    'no-text': () => 'на странице нет текста',
    'no-chinese': () => 'на странице нет китайского текста',
  },
};

export function reasonText(reason: Reason, lang: Lang): string {
  const write = WRITERS[lang][reason.code] as (r: Reason) => string;
  return write(reason);
}
