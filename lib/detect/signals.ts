// Keyword data for the page detector. Terms are written in simplified characters; traditional
// forms are derived by scanner.ts (see traditional.ts), so each entry is listed once.

export type Family = 'region' | 'genre';

export interface Signal {
  readonly term: string;
  readonly family: Family;
  /** Evidence per occurrence: ~1 ordinary; 2–3 nearly decisive; below 1 common outside diplomacy. */
  readonly weight: number;
  /** What reasons call it ("mentions {label}"), a key of SIGNAL_LABELS. */
  readonly label: SignalLabel;
  /** Further surface forms that character conversion cannot derive. */
  readonly variants?: readonly string[];
}

/** A longer string that contains a signal but means something else; matching it hides the signal. */
export interface Decoy {
  readonly term: string;
  /** English gloss shown in reasons ("not counted: 亚信科技 ×3 (AsiaInfo, a company)"). */
  readonly meaning: string;
}

const region = (term: string, weight: number, label: SignalLabel, variants?: string[]): Signal => ({
  term, family: 'region', weight, label, ...(variants ? { variants } : {}),
});
const genre = (term: string, weight: number, label: SignalLabel): Signal => ({
  term, family: 'genre', weight, label,
});


/** What each signal's reasons name, in every interface language. */
export const SIGNAL_LABELS = {
  'kazakhstan': { en: 'Kazakhstan', zh: '哈萨克斯坦' , ru: 'Казахстан' },
  'china-kazakhstan': { en: 'China–Kazakhstan', zh: '中哈' , ru: 'Китай — Казахстан' },
  'kyrgyzstan': { en: 'Kyrgyzstan', zh: '吉尔吉斯斯坦' , ru: 'Киргизия' },
  'tajikistan': { en: 'Tajikistan', zh: '塔吉克斯坦' , ru: 'Таджикистан' },
  'uzbekistan': { en: 'Uzbekistan', zh: '乌兹别克斯坦' , ru: 'Узбекистан' },
  'turkmenistan': { en: 'Turkmenistan', zh: '土库曼斯坦' , ru: 'Туркменистан' },
  'central-asia': { en: 'Central Asia', zh: '中亚' , ru: 'Центральная Азия' },
  'astana': { en: 'Astana', zh: '阿斯塔纳' , ru: 'Астана' },
  'almaty': { en: 'Almaty', zh: '阿拉木图' , ru: 'Алматы' },
  'bishkek': { en: 'Bishkek', zh: '比什凯克' , ru: 'Бишкек' },
  'dushanbe': { en: 'Dushanbe', zh: '杜尚别' , ru: 'Душанбе' },
  'tashkent': { en: 'Tashkent', zh: '塔什干' , ru: 'Ташкент' },
  'ashgabat': { en: 'Ashgabat', zh: '阿什哈巴德' , ru: 'Ашхабад' },
  'samarkand': { en: 'Samarkand', zh: '撒马尔罕' , ru: 'Самарканд' },
  'president-tokayev': { en: 'President Tokayev', zh: '托卡耶夫总统' , ru: 'президент Токаев' },
  'nazarbayev': { en: 'Nazarbayev', zh: '纳扎尔巴耶夫' , ru: 'Назарбаев' },
  'president-japarov': { en: 'President Japarov', zh: '扎帕罗夫总统' , ru: 'президент Жапаров' },
  'president-rahmon': { en: 'President Rahmon', zh: '拉赫蒙总统' , ru: 'президент Рахмон' },
  'president-mirziyoyev': { en: 'President Mirziyoyev', zh: '米尔济约耶夫总统' , ru: 'президент Мирзиёев' },
  'president-berdimuhamedov': { en: 'President Berdimuhamedov', zh: '别尔德穆哈梅多夫总统' , ru: 'президент Бердымухамедов' },
  'sco': { en: 'the SCO', zh: '上海合作组织' , ru: 'ШОС' },
  'cica': { en: 'CICA', zh: '亚信' , ru: 'СВМДА' },
  'joint-statement': { en: 'a joint statement', zh: '联合声明' , ru: 'совместное заявление' },
  'joint-declaration': { en: 'a joint declaration', zh: '联合宣言' , ru: 'совместная декларация' },
  'joint-communique': { en: 'a joint communiqué', zh: '联合公报' , ru: 'совместное коммюнике' },
  'joint-press-communique': { en: 'a joint press communiqué', zh: '联合新闻公报' , ru: 'совместное пресс-коммюнике' },
  'declaration': { en: 'a declaration', zh: '宣言' , ru: 'декларация' },
  'treaty': { en: 'a treaty', zh: '条约' , ru: 'договор' },
  'intergovernmental-agreement': { en: 'an intergovernmental agreement', zh: '政府间协定' , ru: 'межправительственное соглашение' },
  'state-visit': { en: 'a state visit', zh: '国事访问' , ru: 'государственный визит' },
  'mfa-spokesperson': { en: 'the MFA spokesperson', zh: '外交部发言人' , ru: 'официальный представитель МИД' },
  'press-conference': { en: 'a press conference', zh: '例行记者会' , ru: 'брифинг' },
  'answers-to-the-press': { en: 'answers to the press', zh: '答记者问' , ru: 'ответы на вопросы журналистов' },
  'heads-of-state-council': { en: 'a heads-of-state council', zh: '元首理事会' , ru: 'совет глав государств' },
  'foreign-ministers-council': { en: 'a foreign ministers’ council', zh: '外长理事会' , ru: 'совет министров иностранных дел' },
  'heads-of-state': { en: 'heads of state', zh: '元首' , ru: 'главы государств' },
  'talks': { en: 'talks', zh: '会谈' , ru: 'переговоры' },
  'meeting-of-leaders': { en: 'a meeting of leaders', zh: '会晤' , ru: 'встреча лидеров' },
  'meeting': { en: 'a meeting', zh: '会见' , ru: 'встреча' },
  'summit': { en: 'a summit', zh: '峰会' , ru: 'саммит' },
  'foreign-ministry': { en: 'the foreign ministry', zh: '外交部' , ru: 'МИД' },
  'foreign-ministers': { en: 'foreign ministers', zh: '外长' , ru: 'министры иностранных дел' },
  'ambassador': { en: 'an ambassador', zh: '大使' , ru: 'посол' },
  'head-of-state': { en: 'the head of state', zh: '国家主席' , ru: 'председатель КНР' },
  'president': { en: 'a president', zh: '总统' , ru: 'президент' },
  'comprehensive-strategic-partnership': { en: 'a comprehensive strategic partnership', zh: '全面战略伙伴关系' , ru: 'всеобъемлющее стратегическое партнёрство' },
  'strategic-partnership': { en: 'a strategic partnership', zh: '战略伙伴关系' , ru: 'стратегическое партнёрство' },
  'community-with-a-shared-future': { en: 'a community with a shared future', zh: '命运共同体' , ru: 'сообщество единой судьбы' },
  'good-neighbourliness': { en: 'good-neighbourliness', zh: '睦邻友好' , ru: 'добрососедство' },
  'diplomatic-relations': { en: 'diplomatic relations', zh: '建交' , ru: 'установление дипломатических отношений' },
  'bilateral-relations': { en: 'bilateral relations', zh: '两国关系' , ru: 'двусторонние отношения' },
  'political-trust': { en: 'political trust', zh: '政治互信' , ru: 'политическое доверие' },
  'one-china-principle': { en: 'the one-China principle', zh: '一个中国原则' , ru: 'принцип одного Китая' },
  'territorial-integrity': { en: 'territorial integrity', zh: '领土完整' , ru: 'территориальная целостность' },
  'non-interference': { en: 'non-interference', zh: '不干涉内政' , ru: 'невмешательство во внутренние дела' },
  'five-principles': { en: 'the Five Principles', zh: '和平共处五项原则' , ru: 'пять принципов мирного сосуществования' },
  'multilateralism': { en: 'multilateralism', zh: '多边主义' , ru: 'многосторонность' },
  'three-evils-formula': { en: 'the “three evils” formula', zh: '“三股势力”提法' , ru: 'формула «трёх зол»' },
  'belt-and-road': { en: 'the Belt and Road', zh: '一带一路' , ru: '«Один пояс, один путь»' },
  'both-sides': { en: 'both sides', zh: '双方' , ru: 'стороны' },
} as const satisfies Record<string, { en: string; zh: string; ru: string }>;

export type SignalLabel = keyof typeof SIGNAL_LABELS;

export const SIGNALS: readonly Signal[] = [
  // Countries. Prefixes also catch Taiwan usage (哈薩克, 吉爾吉斯, 烏茲別克 without 斯坦).
  // "其中哈萨克斯坦…" must read as Kazakhstan, not as the pair abbreviation 中哈.
  region('哈萨克', 1, 'kazakhstan', ['中哈萨克']),
  region('哈方', 1, 'kazakhstan'),
  region('中哈', 1.5, 'china-kazakhstan'),
  region('吉尔吉斯', 1, 'kyrgyzstan'),
  region('吉方', 1, 'kyrgyzstan'),
  region('塔吉克', 1, 'tajikistan'),
  region('乌兹别克', 1, 'uzbekistan'),
  region('土库曼', 1, 'turkmenistan'),
  region('中亚', 1, 'central-asia'),
  // Capitals and summit cities; weaker because travel and logistics pages name them too.
  region('阿斯塔纳', 0.7, 'astana'),
  region('努尔苏丹', 0.7, 'astana'),
  region('阿拉木图', 0.5, 'almaty'),
  region('比什凯克', 0.7, 'bishkek'),
  region('杜尚别', 0.7, 'dushanbe'),
  region('塔什干', 0.7, 'tashkent'),
  region('阿什哈巴德', 0.7, 'ashgabat'),
  region('撒马尔罕', 0.5, 'samarkand'),
  // Leaders.
  region('托卡耶夫', 1, 'president-tokayev'),
  region('纳扎尔巴耶夫', 1, 'nazarbayev'),
  region('扎帕罗夫', 1, 'president-japarov'),
  region('拉赫蒙', 1, 'president-rahmon'),
  region('米尔济约耶夫', 1, 'president-mirziyoyev'),
  region('别尔德穆哈梅多夫', 1, 'president-berdimuhamedov'),
  // Regional organisations. Their members reach well beyond Central Asia (Russia, India,
  // Pakistan, Iran…), so a mention in passing (a China–Pakistan statement) weighs less than a
  // Central Asian name; pages about the SCO or CICA name them many times. Bare 上海 is never a
  // signal: only the SCO's names are.
  region('上海合作组织', 0.75, 'sco'),
  region('上合组织', 0.75, 'sco'),
  region('上合峰会', 0.75, 'sco'),
  region('上海精神', 0.75, 'sco'),
  region('上海五国', 0.75, 'sco'),
  region('亚洲相互协作与信任措施会议', 0.75, 'cica'),
  region('亚信', 0.75, 'cica'),

  // Document types and occasions.
  genre('联合声明', 3, 'joint-statement'),
  genre('联合宣言', 3, 'joint-declaration'),
  genre('联合公报', 3, 'joint-communique'),
  genre('联合新闻公报', 3, 'joint-press-communique'),
  genre('宣言', 1, 'declaration'),
  genre('条约', 2, 'treaty'),
  genre('政府间协定', 2, 'intergovernmental-agreement'),
  genre('国事访问', 3, 'state-visit'),
  genre('外交部发言人', 3, 'mfa-spokesperson'),
  genre('例行记者会', 2, 'press-conference'),
  genre('答记者问', 2, 'answers-to-the-press'),
  genre('元首理事会', 3, 'heads-of-state-council'),
  genre('外长理事会', 2, 'foreign-ministers-council'),
  genre('元首', 2, 'heads-of-state'),
  genre('会谈', 1.5, 'talks'),
  genre('会晤', 1.5, 'meeting-of-leaders'),
  genre('会见', 0.7, 'meeting'),
  // Tech and trade fairs hold 峰会 too.
  genre('峰会', 0.7, 'summit'),
  genre('外交部', 1.5, 'foreign-ministry'),
  genre('外长', 1.5, 'foreign-ministers'),
  genre('大使', 0.7, 'ambassador'),
  genre('国家主席', 1, 'head-of-state'),
  genre('总统', 0.5, 'president'),
  // Relationship vocabulary. Companies also sign "strategic partnerships", hence the low weight
  // of the short form; the 全面 form is diplomatic usage.
  genre('全面战略伙伴关系', 3, 'comprehensive-strategic-partnership'),
  genre('战略伙伴关系', 1, 'strategic-partnership'),
  genre('命运共同体', 2, 'community-with-a-shared-future'),
  genre('睦邻友好', 2, 'good-neighbourliness'),
  genre('建交', 1.5, 'diplomatic-relations'),
  genre('两国关系', 1.5, 'bilateral-relations'),
  genre('双边关系', 1.5, 'bilateral-relations'),
  genre('政治互信', 1.5, 'political-trust'),
  genre('一个中国', 2, 'one-china-principle'),
  genre('领土完整', 1.5, 'territorial-integrity'),
  genre('不干涉内政', 2, 'non-interference'),
  genre('干涉内政', 1.5, 'non-interference'),
  genre('和平共处五项原则', 2, 'five-principles'),
  genre('多边主义', 1, 'multilateralism'),
  // The security formula, not 三股势力: business writing uses "three forces" for any three rivals.
  genre('分裂主义', 1.5, 'three-evils-formula'),
  genre('一带一路', 0.5, 'belt-and-road'),
  // Sports and business reports say 双方 too; it only adds to other evidence.
  genre('双方', 0.3, 'both-sides'),
];

export const DECOYS: readonly Decoy[] = [
  { term: '亚信科技', meaning: 'AsiaInfo, a company' },
  { term: '亚信安全', meaning: 'AsiaInfo Security, a company' },
  { term: '亚信数据', meaning: 'AsiaInfo, a company' },
  { term: '亚信集团', meaning: 'AsiaInfo, a company' },
  // …亚 ending one word and 信… starting the next (东南亚信息, 东亚信用).
  { term: '亚信息', meaning: '…亚 followed by 信息' },
  { term: '亚信用', meaning: '…亚 followed by 信用' },
  { term: '亚信贷', meaning: '…亚 followed by 信贷' },
  { term: '亚信心', meaning: '…亚 followed by 信心' },
  { term: '亚信号', meaning: '…亚 followed by 信号' },
  { term: '哈萨克族', meaning: 'the Kazakh ethnic group in China' },
  { term: '塔吉克族', meaning: 'the Tajik ethnic group in China' },
  { term: '乌兹别克族', meaning: 'the Uzbek ethnic group in China' },
  { term: '中亚热带', meaning: 'the mid-subtropical climate zone' },
  { term: '中哈尔滨', meaning: '…中 followed by Harbin' },
  { term: '大使馆', meaning: 'an embassy, usually consular advice' },
];
