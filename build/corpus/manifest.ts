// Curated facts the sources cannot give: readable ids, kinds, places, parties, headlines the
// page does not print, how the newspaper page splits into articles, and agreement ids.
import type { FileEntry } from '../../lib/corpus/types';

const CN = '中华人民共和国';
const KZ = '哈萨克斯坦共和国';
const CN_KZ = [CN, KZ];
const CN_CENTRAL_ASIA = [CN, KZ, '吉尔吉斯共和国', '塔吉克斯坦共和国', '土库曼斯坦', '乌兹别克斯坦共和国'];

export const FILES: readonly FileEntry[] = [
  {
    file: '000_183e1c56e1ce35e0.txt',
    documents: {
      main: { id: '2013-09-07-xi-nazarbayev-talks', kind: 'news-report', date: '2013-09-07', place: '阿斯塔纳', parties: CN_KZ },
      caption: {
        id: '2013-09-07-xi-nazarbayev-talks-photo',
        kind: 'caption',
        date: '2013-09-07',
        place: '阿斯塔纳',
        parties: CN_KZ,
        // A caption has no headline; this label is ours.
        title: '图片说明：习近平同纳扎尔巴耶夫总统举行会谈',
        relatedTo: ['2013-09-07-xi-nazarbayev-talks'],
      },
    },
  },
  {
    file: '001_6c702e8dc57f7cba.txt',
    documents: {
      main: { id: '2014-05-19-cn-kz-joint-declaration', kind: 'joint-declaration', date: '2014-05-19', place: '上海', parties: CN_KZ },
    },
  },
  {
    file: '002_e69599ddde2763be.txt',
    // The scrape does not name the site it came from.
    source: { publication: '网页转载（未注明站点）' },
    documents: {
      main: {
        id: '2005-07-04-cn-kz-joint-statement-strategic-partnership',
        kind: 'joint-statement',
        date: '2005-07-04',
        place: '阿斯塔纳',
        parties: CN_KZ,
      },
    },
  },
  {
    file: '003_6fb1bf50eb2ac061.txt',
    documents: {
      main: {
        id: '2012-03-31-cn-kz-prime-ministers-joint-communique',
        kind: 'joint-communique',
        date: '2012-03-31',
        place: '北京',
        parties: CN_KZ,
      },
    },
  },
  {
    file: '004_defda467a1ccbba8.txt',
    // The extract prints neither the paper's name nor its date; each item's own dateline
    // (新华社…电, 新华社记者…摄, 新华社评论员) names the agency and the day.
    segments: [
      { startsWith: '新华社北京5月16', article: 'briefing', role: 'body' },
      { startsWith: '应中华人民共和国主席习近平邀请', article: 'joint-statement', role: 'body' },
      // The statement's headline is printed below it.
      { startsWith: '中华人民共和国和哈萨克斯坦共和国联合声明', article: 'joint-statement', role: 'title' },
      { startsWith: '（上接1版）', article: 'talks', role: 'body' },
      { startsWith: '5月17日，中国—中亚峰会新闻中心', article: 'caption', role: 'body' },
      { startsWith: '初夏的西安', article: 'commentary', role: 'body' },
      // The commentary's headline and byline close the page.
      { startsWith: '推动中国—中亚合作步入新时代', article: 'commentary', role: 'title' },
      { startsWith: '新华社评论员', article: 'commentary', role: 'byline' },
    ],
    documents: {
      briefing: {
        id: '2023-05-16-mfa-spokesperson-china-central-asia-summit',
        kind: 'briefing',
        date: '2023-05-16',
        place: '北京',
        parties: CN_CENTRAL_ASIA,
        // No headline on this page; this label is ours.
        title: '外交部发言人汪文斌介绍中国和中亚国家共建“一带一路”情况',
        source: { publication: '新华社' },
      },
      'joint-statement': {
        id: '2023-05-17-cn-kz-joint-statement',
        kind: 'joint-statement',
        date: '2023-05-17',
        place: '西安',
        parties: CN_KZ,
        source: { publication: '新华社' },
      },
      talks: {
        id: '2023-05-17-xi-tokayev-talks',
        kind: 'news-report',
        date: '2023-05-17',
        place: '西安',
        parties: CN_KZ,
        // The headline and dateline are on page 1, which we do not have; this label is ours.
        title: '习近平同哈萨克斯坦总统托卡耶夫会谈',
        source: { publication: '报纸（报名未印出）' },
      },
      caption: {
        id: '2023-05-17-summit-press-centre-photo',
        kind: 'caption',
        date: '2023-05-17',
        place: '西安',
        parties: CN_CENTRAL_ASIA,
        title: '图片说明：中国—中亚峰会新闻中心举行第二场吹风会',
        source: { publication: '新华社' },
      },
      commentary: {
        id: '2023-05-17-xinhua-commentary-china-central-asia',
        kind: 'commentary',
        date: '2023-05-17',
        place: '西安',
        parties: CN_CENTRAL_ASIA,
        source: { publication: '新华社' },
      },
    },
  },
];

/**
 * Readable ids for cited agreements that are not in the corpus, keyed by any form the texts
 * cite them by. Bundled instruments take their document's id. No dates in ids: a later
 * source may be the first to give one.
 */
export const AGREEMENT_IDS: Readonly<Record<string, string>> = {
  '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约': 'cn-kz-treaty-of-good-neighbourliness-2002',
  '中华人民共和国和哈萨克斯坦共和国关于进一步深化全面战略伙伴关系的联合宣言': 'cn-kz-joint-declaration-2013',
  '中华人民共和国和哈萨克斯坦共和国关于发展全面战略伙伴关系的联合声明': 'cn-kz-joint-statement-2011',
  '打击恐怖主义、分裂主义、极端主义上海公约': 'sco-shanghai-convention-terrorism-separatism-extremism',
  '中华人民共和国和哈萨克斯坦共和国关于打击恐怖主义、分裂主义、极端主义的合作协定': 'cn-kz-agreement-combating-terrorism-separatism-extremism',
  '中华人民共和国和哈萨克斯坦共和国2003年至2008年合作纲要': 'cn-kz-cooperation-programme-2003-2008',
  '中华人民共和国和哈萨克斯坦共和国2020年前经贸合作中长期规划': 'cn-kz-economic-trade-cooperation-plan-to-2020',
  '关于在边境口岸开通中哈农产品通关“绿色通道”的协议': 'cn-kz-agricultural-products-green-channel-agreement',
  '中华人民共和国和哈萨克斯坦共和国跨界河流水量分配技术工作重点实施计划': 'cn-kz-transboundary-water-allocation-work-plan',
  '中华人民共和国政府和哈萨克斯坦共和国政府关于共同管理和运行霍尔果斯河“友谊”联合引水枢纽工程的协定':
    'cn-kz-khorgos-river-friendship-water-diversion-agreement',
  '中华人民共和国政府和哈萨克斯坦共和国政府跨界河流水质保护协定': 'cn-kz-transboundary-water-quality-agreement',
  '中华人民共和国政府和哈萨克斯坦共和国政府环境保护合作协定': 'cn-kz-environmental-protection-agreement',
  '中华人民共和国和哈萨克斯坦共和国文化人文合作协定': 'cn-kz-cultural-humanitarian-cooperation-agreement',
  '中华人民共和国政府和哈萨克斯坦共和国政府在非资源领域合作项目措施计划': 'cn-kz-non-resource-sector-cooperation-plan',
  '中国人民银行与哈萨克斯坦国家银行人民币/哈萨克坚戈双边货币互换协议': 'pboc-nbk-currency-swap-agreement',
  '中华人民共和国政府和哈萨克斯坦共和国政府关于中哈国界管理制度的协定': 'cn-kz-border-management-agreement',
  '中华人民共和国和哈萨克斯坦共和国毗邻省州合作规划纲要': 'cn-kz-adjacent-regions-cooperation-plan',
  '联合国宪章': 'un-charter',
  '中哈政府间经贸合作规划': 'cn-kz-intergovernmental-economic-trade-cooperation-plan',
  '中哈关于电子商务合作的谅解备忘录': 'cn-kz-e-commerce-cooperation-mou',
  '中哈政府间产能与投资合作规划': 'cn-kz-production-capacity-investment-cooperation-plan',
  '中华人民共和国政府和哈萨克斯坦共和国政府间文化和人文合作协定': 'cn-kz-intergovernmental-cultural-humanitarian-agreement',
  '中华人民共和国政府和哈萨克斯坦共和国政府关于跨界河流水量分配协定': 'cn-kz-transboundary-water-allocation-agreement',
  '禁止生物武器公约': 'biological-weapons-convention',
  '科学家生物安全行为准则天津指南': 'tianjin-biosecurity-guidelines-for-scientists',
};
