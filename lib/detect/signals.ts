// Keyword data for the page detector. Terms are written in simplified characters; traditional
// forms are derived by scanner.ts (see traditional.ts), so each entry is listed once.

export type Family = 'region' | 'genre';

export interface Signal {
  readonly term: string;
  readonly family: Family;
  /** Evidence per occurrence: ~1 ordinary; 2–3 nearly decisive; below 1 common outside diplomacy. */
  readonly weight: number;
  /** English name shown in reasons: "mentions {label}", "title names {label}". */
  readonly label: string;
  /** Further surface forms that character conversion cannot derive. */
  readonly variants?: readonly string[];
}

/** A longer string that contains a signal but means something else; matching it hides the signal. */
export interface Decoy {
  readonly term: string;
  /** English gloss shown in reasons ("not counted: 亚信科技 ×3 (AsiaInfo, a company)"). */
  readonly meaning: string;
}

const region = (term: string, weight: number, label: string, variants?: string[]): Signal => ({
  term, family: 'region', weight, label, ...(variants ? { variants } : {}),
});
const genre = (term: string, weight: number, label: string): Signal => ({
  term, family: 'genre', weight, label,
});

export const SIGNALS: readonly Signal[] = [
  // Countries. Prefixes also catch Taiwan usage (哈薩克, 吉爾吉斯, 烏茲別克 without 斯坦).
  // "其中哈萨克斯坦…" must read as Kazakhstan, not as the pair abbreviation 中哈.
  region('哈萨克', 1, 'Kazakhstan', ['中哈萨克']),
  region('哈方', 1, 'Kazakhstan'),
  region('中哈', 1.5, 'China–Kazakhstan'),
  region('吉尔吉斯', 1, 'Kyrgyzstan'),
  region('吉方', 1, 'Kyrgyzstan'),
  region('塔吉克', 1, 'Tajikistan'),
  region('乌兹别克', 1, 'Uzbekistan'),
  region('土库曼', 1, 'Turkmenistan'),
  region('中亚', 1, 'Central Asia'),
  // Capitals and summit cities; weaker because travel and logistics pages name them too.
  region('阿斯塔纳', 0.7, 'Astana'),
  region('努尔苏丹', 0.7, 'Astana'),
  region('阿拉木图', 0.5, 'Almaty'),
  region('比什凯克', 0.7, 'Bishkek'),
  region('杜尚别', 0.7, 'Dushanbe'),
  region('塔什干', 0.7, 'Tashkent'),
  region('阿什哈巴德', 0.7, 'Ashgabat'),
  region('撒马尔罕', 0.5, 'Samarkand'),
  // Leaders.
  region('托卡耶夫', 1, 'President Tokayev'),
  region('纳扎尔巴耶夫', 1, 'Nazarbayev'),
  region('扎帕罗夫', 1, 'President Japarov'),
  region('拉赫蒙', 1, 'President Rahmon'),
  region('米尔济约耶夫', 1, 'President Mirziyoyev'),
  region('别尔德穆哈梅多夫', 1, 'President Berdimuhamedov'),
  // Regional organisations. Their members reach well beyond Central Asia (Russia, India,
  // Pakistan, Iran…), so a mention in passing (a China–Pakistan statement) weighs less than a
  // Central Asian name; pages about the SCO or CICA name them many times. Bare 上海 is never a
  // signal: only the SCO's names are.
  region('上海合作组织', 0.75, 'the SCO'),
  region('上合组织', 0.75, 'the SCO'),
  region('上合峰会', 0.75, 'the SCO'),
  region('上海精神', 0.75, 'the SCO'),
  region('上海五国', 0.75, 'the SCO'),
  region('亚洲相互协作与信任措施会议', 0.75, 'CICA'),
  region('亚信', 0.75, 'CICA'),

  // Document types and occasions.
  genre('联合声明', 3, 'a joint statement'),
  genre('联合宣言', 3, 'a joint declaration'),
  genre('联合公报', 3, 'a joint communiqué'),
  genre('联合新闻公报', 3, 'a joint press communiqué'),
  genre('宣言', 1, 'a declaration'),
  genre('条约', 2, 'a treaty'),
  genre('政府间协定', 2, 'an intergovernmental agreement'),
  genre('国事访问', 3, 'a state visit'),
  genre('外交部发言人', 3, 'the MFA spokesperson'),
  genre('例行记者会', 2, 'a press conference'),
  genre('答记者问', 2, 'answers to the press'),
  genre('元首理事会', 3, 'a heads-of-state council'),
  genre('外长理事会', 2, 'a foreign ministers’ council'),
  genre('元首', 2, 'heads of state'),
  genre('会谈', 1.5, 'talks'),
  genre('会晤', 1.5, 'a meeting of leaders'),
  genre('会见', 0.7, 'a meeting'),
  // Tech and trade fairs hold 峰会 too.
  genre('峰会', 0.7, 'a summit'),
  genre('外交部', 1.5, 'the foreign ministry'),
  genre('外长', 1.5, 'foreign ministers'),
  genre('大使', 0.7, 'an ambassador'),
  genre('国家主席', 1, 'the head of state'),
  genre('总统', 0.5, 'a president'),
  // Relationship vocabulary. Companies also sign "strategic partnerships", hence the low weight
  // of the short form; the 全面 form is diplomatic usage.
  genre('全面战略伙伴关系', 3, 'a comprehensive strategic partnership'),
  genre('战略伙伴关系', 1, 'a strategic partnership'),
  genre('命运共同体', 2, 'a community with a shared future'),
  genre('睦邻友好', 2, 'good-neighbourliness'),
  genre('建交', 1.5, 'diplomatic relations'),
  genre('两国关系', 1.5, 'bilateral relations'),
  genre('双边关系', 1.5, 'bilateral relations'),
  genre('政治互信', 1.5, 'political trust'),
  genre('一个中国', 2, 'the one-China principle'),
  genre('领土完整', 1.5, 'territorial integrity'),
  genre('不干涉内政', 2, 'non-interference'),
  genre('干涉内政', 1.5, 'non-interference'),
  genre('和平共处五项原则', 2, 'the Five Principles'),
  genre('多边主义', 1, 'multilateralism'),
  // The security formula, not 三股势力: business writing uses "three forces" for any three rivals.
  genre('分裂主义', 1.5, 'the “three evils” formula'),
  genre('一带一路', 0.5, 'the Belt and Road'),
  // Sports and business reports say 双方 too; it only adds to other evidence.
  genre('双方', 0.3, 'both sides'),
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
