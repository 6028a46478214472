// The detector's reasons in the UI language. lib/detect writes them as English sentences
// (the command-line annotator and the tests read them too), so the Chinese UI recognises
// each sentence shape and rewrites it; a sentence it does not know is shown as it came.
// Structured reasons from the detector (a code and its values) would make this table
// unnecessary.
import { NO_CHINESE_REASON, NO_REGION_REASON } from '@/lib/detect/score';
import type { Lang } from '@/lib/i18n/i18n';

/** The region names lib/detect/signals.ts uses in "mentions …". */
const REGION_ZH: Record<string, string> = {
  Kazakhstan: '哈萨克斯坦',
  'China–Kazakhstan': '中哈',
  Kyrgyzstan: '吉尔吉斯斯坦',
  Tajikistan: '塔吉克斯坦',
  Uzbekistan: '乌兹别克斯坦',
  Turkmenistan: '土库曼斯坦',
  'Central Asia': '中亚',
  Astana: '阿斯塔纳',
  Almaty: '阿拉木图',
  Bishkek: '比什凯克',
  Dushanbe: '杜尚别',
  Tashkent: '塔什干',
  Ashgabat: '阿什哈巴德',
  Samarkand: '撒马尔罕',
  'President Tokayev': '托卡耶夫总统',
  Nazarbayev: '纳扎尔巴耶夫',
  'President Japarov': '扎帕罗夫总统',
  'President Rahmon': '拉赫蒙总统',
  'President Mirziyoyev': '米尔济约耶夫总统',
  'President Berdimuhamedov': '别尔德穆哈梅多夫总统',
  'the SCO': '上海合作组织',
  CICA: '亚信',
};

const FIXED_ZH: Record<string, string> = {
  [NO_REGION_REASON]: '正文未提及哈萨克斯坦、中亚、上海合作组织或亚信',
  'the region is mentioned only in passing': '该地区只是顺带提及',
  'no diplomatic vocabulary in the text': '正文中没有外交用语',
  'diplomatic vocabulary is only incidental': '外交用语只是零星出现',
  'the page has no text': '页面没有文字',
  [NO_CHINESE_REASON]: '页面没有中文',
};

const SHAPES_ZH: [RegExp, (...groups: string[]) => string][] = [
  [/^title names .+ \((.+)\)$/, (form) => `标题含“${form}”`],
  [/^mentions (.+) ×(\d+)$/, (label, n) => `提及${REGION_ZH[label] ?? label} ${n} 次`],
  [/^diplomatic vocabulary: (.+)$/, (terms) => `外交用语：${terms.replace(/, /g, '、')}`],
  [/^not counted: (\S+) \(.+\)( ×\d+)?$/, (form, times) => `不计入：${form}${times ?? ''}`],
  [
    /^region signal ([\d.]+), diplomatic signal ([\d.]+) over (\d+) characters$/,
    (region, genre, chars) => `地区信号 ${region}，外交信号 ${genre}，共 ${chars} 字`,
  ],
];

export function reasonText(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  const fixed = FIXED_ZH[reason];
  if (fixed) return fixed;
  for (const [shape, write] of SHAPES_ZH) {
    const m = shape.exec(reason);
    if (m) return write(...m.slice(1));
  }
  return reason;
}
