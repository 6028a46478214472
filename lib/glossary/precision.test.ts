// Precision on confusers: text that contains our terms' characters in another sense. The
// compiled glossary and jieba are the real ones; the page is never "related" here, so
// only the matcher's own knowledge (false friends, context rules) keeps these out.
import * as jieba from 'jieba-wasm';
import { describe, expect, test } from 'vitest';
import { annotateText } from '../annotate/annotate';
import { createSegmenter } from '../segment/segmenter';
import { glossary } from './data';
import { createMatcher } from './matcher';

const matcher = createMatcher(glossary.matcher);
const segmenter = createSegmenter(jieba, matcher.userWords);
const category = new Map(glossary.entries.map((e) => [e.id, e.category]));
const ids = (text: string, related = false) => annotateText(text, segmenter, matcher, { pageRelated: related }).map((m) => m.entryId);

describe('company names', () => {
  test('AsiaInfo (亚信科技, 亚信安全) is not CICA', () => {
    const text =
      '亚信科技今日公布全年业绩，营收同比增长百分之八。旗下亚信安全发布新一代终端防护产品，亚信科技董事长表示将继续加大研发投入。';
    expect(ids(text)).not.toContain('cica');
  });
});

describe('the city of Shanghai', () => {
  test('上海 alone, and Shanghai businesses, are never the SCO', () => {
    const text = '周末去上海旅游，上海外滩夜景很美。上海合作伙伴大会吸引了数百家企业，上海证券交易所当天成交活跃。';
    const found = ids(text);
    expect(found.filter((id) => id.startsWith('sco'))).toEqual([]);
    expect(found).toEqual([]);
  });
});

describe('other senses of 三股势力', () => {
  const senses = {
    business: '国内手机市场形成了三股势力：华为、小米和传音，彼此在中低端机型上竞争激烈。',
    sport: '本赛季联赛积分榜前列形成三股势力，谁能最终夺冠还很难说。',
    history: '东汉末年，天下逐渐形成魏、蜀、吴三股势力，史称三国鼎立。',
    technology: '在开源大模型领域，目前大致有三股势力在角逐开发者生态。',
  };
  for (const [kind, text] of Object.entries(senses)) {
    test(`${kind} writing`, () => expect(ids(text)).not.toContain('three-evil-forces'));
  }
  test('the diplomatic sense is still found', () => {
    expect(ids('双方将在上海合作组织框架内共同打击“三股势力”。')).toContain('three-evil-forces');
  });
});

describe('travel writing about Kazakhstan', () => {
  test('only places are named, no diplomatic formula or project', () => {
    const text =
      '从阿拉木图出发，我们沿着公路开了四个小时到恰伦大峡谷。哈萨克斯坦的草原辽阔，路边的小店提供绿色通道式的快速结账，' +
      '老板说夏天是旅游旺季。第二天去了大阿拉木图湖，这一带曾是古丝绸之路上的驿站，如今中欧游客络绎不绝。';
    const found = ids(text);
    expect(found.length).toBeGreaterThan(0);
    for (const id of found) expect(category.get(id), id).toBe('place');
  });
});

describe('traditional characters', () => {
  test('a Taiwan or Hong Kong page is matched like a mainland one', () => {
    const found = ids('中哈雙方同意在上海合作組織框架內深化全面戰略夥伴關係，共建絲綢之路經濟帶，並支持亞信發揮作用。', true);
    for (const id of ['sco', 'comprehensive-strategic-partnership', 'silk-road-economic-belt', 'cica']) expect(found).toContain(id);
  });
});

// Issue 13: texts written to test the context rules, each in a sense other than the
// diplomatic one. Each entry must stay out (or, where it is a generic word, say only what
// is true in any text).
describe('AsiaInfo events and deals are not CICA', () => {
  test("AsiaInfo's own 亚信峰会 is not the CICA summit", () => {
    const text = '亚信科技将于下月在北京举办第十届亚信峰会，聚焦5G、云网融合和人工智能，数百家运营商客户到场。亚信峰会期间还将发布新一代计费平台。';
    const found = ids(text);
    expect(found).not.toContain('cica-summit');
    expect(found).not.toContain('cica');
  });
  test('亚信 as the company, beside Kazakhstan and a summit, is not CICA', () => {
    const text = '亚信与哈萨克斯坦一家电信运营商签署合同，亚信将为其建设新的计费系统，并在今年的行业峰会上展示这一项目。';
    expect(ids(text)).not.toContain('cica');
  });
});

describe('三股势力 in a cybersecurity-market text', () => {
  test('security vendors competing are not the three evil forces', () => {
    const text =
      '国内网络安全市场目前形成三股势力：传统安全厂商、云服务商和新兴创业公司。它们在威胁检测、数据安全和打击勒索软件方面展开竞争，市场格局日趋稳定。';
    expect(ids(text)).not.toContain('three-evil-forces');
  });
});

describe('上海精神 as the spirit of the city of Shanghai', () => {
  test('the city spirit is not the SCO Shanghai Spirit', () => {
    const text = '“海纳百川、追求卓越、开明睿智、大气谦和”是上海城市精神。市民们说，上海精神就是开放、平等、包容，外来务工人员与本地居民协商共建社区。';
    expect(ids(text)).not.toContain('shanghai-spirit');
  });
  test('the SCO sense is still found', () => {
    expect(ids('成员国元首一致表示，将继续弘扬“上海精神”，推动上海合作组织健康发展。')).toContain('shanghai-spirit');
  });
});

describe('互免签证协定 between China and another country', () => {
  test('a China–Thailand article does not get the 2023 China–Kazakhstan agreement', () => {
    const text = '中国和泰国互免签证协定于今年3月1日正式生效，两国持普通护照人员可免签入境对方国家，单次停留不超过30日。';
    const found = ids(text);
    expect(found).not.toContain('cn-kz-visa-exemption-agreement-2023');
  });
  test('the China–Kazakhstan agreement is still found by its own name', () => {
    expect(ids('中哈互免签证协定2023年11月10日生效。')).toContain('cn-kz-visa-exemption-agreement-2023');
  });
});

describe('战略伙伴关系 between companies', () => {
  test('a company partnership is not a state-to-state strategic partnership', () => {
    const text = '亚信安全与当地一家电信运营商签约，双方宣布建立战略伙伴关系，将在网络安全领域共同开拓中亚市场。';
    expect(ids(text)).not.toContain('strategic-partnership');
  });
  test('the diplomatic sense is still found', () => {
    expect(ids('2005年两国元首签署联合声明，宣布建立战略伙伴关系。')).toContain('strategic-partnership');
  });
});

describe('generic words in company and stock-market texts', () => {
  const texts = {
    'core interests of shareholders': '董事会表示，保护中小股东的核心利益是公司治理的首要任务，公司将继续提高分红比例。',
    'Stock Connect': '沪港通和深港通开通以来，内地与香港股票市场的互联互通不断深化，北向资金今日净流入超过50亿元。',
    'telecom interconnection': '三大运营商宣布完成骨干网络互联互通改造，用户跨网访问的时延明显下降。',
    'local currency on a trade platform': '这家跨境电商平台支持本币结算，商家可以选择用人民币或美元收款，手续费下调至千分之三。',
  };
  for (const [kind, text] of Object.entries(texts)) {
    test(`${kind}: no diplomatic entry`, () => {
      const found = ids(text);
      for (const id of ['core-interests', 'connectivity', 'local-currency-settlement']) expect(found, id).not.toContain(id);
    });
  }
  test('the diplomatic senses are still found', () => {
    expect(ids('双方将在涉及彼此核心利益的问题上继续相互坚定支持。')).toContain('core-interests');
    expect(ids('两国将加强共建“一带一路”框架下的互联互通合作。')).toContain('connectivity');
    expect(ids('双方同意扩大双边贸易中的本币结算，两国央行将续签货币互换协议。')).toContain('local-currency-settlement');
  });
  test('their definitions hold wherever the word appears: no country named', () => {
    const byId = new Map(glossary.entries.map((e) => [e.id, e]));
    for (const id of ['core-interests', 'connectivity', 'local-currency-settlement']) {
      const def = byId.get(id)?.definition;
      expect(def, id).toBeDefined();
      expect(`${def?.en} ${def?.zh}`, id).not.toMatch(/Kazakh|哈萨克|中哈|tenge|坚戈/);
    }
  });
});

describe('short forms added for blind batch 5, in other senses', () => {
  const texts = {
    'metro lines': '地铁A线今天因设备检修停运，B线和C线正常运营。',
    'an aircraft aisle': '飞机中间走廊很窄，送餐车通过时请乘客收好双腿。',
    'Jalalabad in Afghanistan': '阿富汗东部楠格哈尔省首府贾拉拉巴德发生爆炸。',
    'a word boundary': '参加会议的代表其中共有三名来自高校。',
    'a local road': '县里的南北公路正在拓宽，预计年底完工。',
    'a title of respect': '他被追认为民族领袖，当地为他修建了纪念馆。',
  };
  const ids5 = [
    'central-asia-china-gas-pipeline-line-a', 'central-asia-china-gas-pipeline-line-b', 'central-asia-china-gas-pipeline-line-c',
    'trans-caspian-international-transport-corridor', 'jalal-abad', 'communist-party-of-china', 'kyrgyzstan-north-south-road', 'leader-of-the-nation',
  ];
  for (const [kind, text] of Object.entries(texts)) {
    test(`${kind}: none of the Central Asian entries`, () => {
      const found = ids(text);
      for (const id of ids5) expect(found, id).not.toContain(id);
    });
  }
  test('the Central Asian senses are still found', () => {
    expect(ids('中国—中亚天然气管道A线、B线相继建成，C线于2014年投产。')).toEqual(expect.arrayContaining(['central-asia-china-gas-pipeline-line-a', 'central-asia-china-gas-pipeline-line-b', 'central-asia-china-gas-pipeline-line-c']));
    expect(ids('绕过俄罗斯、横越里海的“中间走廊”受到欧洲重视。')).toContain('trans-caspian-international-transport-corridor');
    expect(ids('中吉乌铁路项目开工仪式在吉尔吉斯斯坦贾拉拉巴德举行。')).toContain('jalal-abad');
  });
});
