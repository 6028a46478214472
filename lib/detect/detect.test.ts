import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect as detectCoded, reasonText, type PageText } from './';

// The reasons as the command-line annotator prints them: these English forms are a contract.
const detect = (page: PageText) => {
  const d = detectCoded(page);
  return { ...d, reasons: d.reasons.map((r) => reasonText(r, 'en')) };
};

// A short China–Kazakhstan paragraph carrying both signal families.
const KZ_STATEMENT =
  '应哈萨克斯坦共和国总统托卡耶夫邀请，国家主席习近平对哈萨克斯坦进行国事访问。两国元首举行会谈，' +
  '双方发表联合声明，一致同意深化中哈永久全面战略伙伴关系，在上海合作组织框架内加强协作。';
// The same paragraph in traditional characters.
const KZ_STATEMENT_TRAD =
  '應哈薩克斯坦共和國總統托卡耶夫邀請，國家主席習近平對哈薩克斯坦進行國事訪問。兩國元首舉行會談，' +
  '雙方發表聯合聲明，一致同意深化中哈永久全面戰略夥伴關係，在上海合作組織框架內加強協作。';
const KZ_TRAVEL =
  '哈萨克斯坦自由行第三天，我们从阿拉木图出发去恰伦峡谷。哈萨克斯坦的秋天很美，' +
  '路上的司机是哈萨克斯坦本地人，非常热情。晚上回到阿拉木图吃烤肉。';
const US_TALKS =
  '国家主席习近平同美国总统举行会晤。两国元首就中美关系和双边关系中的重大问题交换意见。' +
  '双方同意恢复两军沟通，中美三个联合公报是两国关系的政治基础。';
const FILLER = '今天天气晴朗，气温适宜，市民纷纷走出家门，到公园散步、锻炼身体。';

const spaced = (s: string) => [...s].join(' ');

describe('detect', () => {
  it('accepts a page with both a region and a diplomatic signal', () => {
    const result = detect({ title: '中哈联合声明', text: KZ_STATEMENT });
    expect(result.related).toBe(true);
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.reasons).toContain('title names a joint statement (联合声明)');
    expect(result.reasons.some((r) => /^mentions Kazakhstan ×\d+$/.test(r))).toBe(true);
    expect(result.reasons.some((r) => r.startsWith('diplomatic vocabulary: ') && r.includes('全面战略伙伴关系'))).toBe(true);
  });

  it('rejects the region without diplomacy (travel writing)', () => {
    const result = detect({ title: '哈萨克斯坦游记', text: KZ_TRAVEL });
    expect(result.related).toBe(false);
    expect(result.score).toBe(0);
    expect(result.reasons).toContain('no diplomatic vocabulary in the text');
  });

  it('rejects diplomacy about another region (China–US)', () => {
    const result = detect({ title: '中美元首会晤', text: US_TALKS });
    expect(result.related).toBe(false);
    expect(result.score).toBe(0);
    expect(result.reasons).toContain('no mention of Kazakhstan, Central Asia, the SCO or CICA in the text');
  });

  it('discounts a single passing mention of the region', () => {
    const result = detect({ title: '中欧领导人会晤', text: `${US_TALKS}双方还就中东、中亚等地区问题交换了看法。` });
    expect(result.related).toBe(false);
    expect(result.reasons).toContain('the region is mentioned only in passing');
  });

  it('reads traditional characters like simplified ones', () => {
    const simplified = detect({ title: '', text: KZ_STATEMENT });
    const traditional = detect({ title: '', text: KZ_STATEMENT_TRAD });
    expect(traditional.related).toBe(true);
    expect(traditional.score).toBe(simplified.score);
    // Reasons quote the page's own script.
    expect(traditional.reasons.some((r) => r.includes('聯合聲明'))).toBe(true);
    expect(detect({ title: '上海合作組織峰會', text: '' }).reasons).toContain('title names the SCO (上海合作組織)');
  });

  it('reads PDF-style text with spaces and line breaks between characters', () => {
    const plain = detect({ title: '', text: KZ_STATEMENT });
    const pdf = detect({ title: '', text: spaced(KZ_STATEMENT) });
    const wrapped = detect({ title: '', text: KZ_STATEMENT.replace(/(.{7})/g, '$1\n') });
    expect(pdf.related).toBe(true);
    expect(pdf.score).toBe(plain.score);
    expect(wrapped.score).toBe(plain.score);
    // Spacing does not make the page count as longer.
    expect(pdf.reasons.at(-1)).toBe(plain.reasons.at(-1));
  });

  it('weighs a title hit more than the same word in the body', () => {
    const text = `${FILLER.repeat(6)}哈萨克斯坦总统会见中方代表团，双方举行会谈。`;
    const withTitle = detect({ title: '哈萨克斯坦总统举行会谈', text });
    const without = detect({ title: '', text });
    expect(withTitle.score).toBeGreaterThan(without.score);
  });

  it('measures density, so padding a page with unrelated text lowers its score', () => {
    const short = detect({ title: '', text: KZ_STATEMENT });
    const padded = detect({ title: '', text: KZ_STATEMENT + FILLER.repeat(200) });
    expect(padded.score).toBeLessThan(short.score);
  });

  it('does not count decoys that contain a keyword', () => {
    const result = detect({
      title: '亚信科技发布年报',
      text: '亚信科技与亚信安全举行峰会。哈萨克族牧民在阿勒泰弹唱。南方中亚热带地区湿度偏高。',
    });
    expect(result.related).toBe(false);
    expect(result.reasons).not.toContain('mentions CICA ×1');
    expect(result.reasons).toContain('not counted: 亚信科技 (AsiaInfo, a company) ×2');
    expect(result.reasons).toContain('not counted: 哈萨克族 (the Kazakh ethnic group in China)');
    expect(result.reasons).toContain('not counted: 中亚热带 (the mid-subtropical climate zone)');
  });

  it('bails out on a page without Chinese text', () => {
    expect(detect({ title: 'Kazakhstan joint statement', text: 'Xi and Tokayev held talks in Astana.' })).toEqual({
      related: false,
      score: 0,
      reasons: ['no Chinese text on the page'],
    });
  });

  it('handles an empty page', () => {
    expect(detect({ title: '', text: '' })).toEqual({ related: false, score: 0, reasons: ['the page has no text'] });
    expect(detect({ title: '  ', text: '\n\t ' }).related).toBe(false);
  });

  // entrypoints/content/detect-page.ts skips Readability when the whole page scores 0, relying on
  // any run of its blocks (the main article) scoring 0 too under the same title.
  it('scores 0 on any run of blocks of a text that scores 0', () => {
    const blocks = [KZ_STATEMENT, KZ_TRAVEL, US_TALKS, FILLER, '中亚', '哈萨克斯坦', '联合声明', '亚信科技'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...blocks), { maxLength: 8 }), fc.nat(), fc.nat(), (page, a, b) => {
        fc.pre(detect({ title: '', text: page.join('\n') }).score === 0);
        const [from, to] = [a % (page.length + 1), b % (page.length + 1)].sort((x, y) => x - y);
        expect(detect({ title: '', text: page.slice(from, to).join('\n') }).score).toBe(0);
      }),
    );
  });

  it('returns a score in [0, 1] with two decimals for any input', () => {
    const alphabet = [...'哈萨克斯坦中亚上合组织联合声明会谈双方亞聯 \n，。abc'];
    const chinese = fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), chinese), fc.oneof(fc.string(), chinese), (title, text) => {
        const { score, related } = detect({ title, text });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(Math.round(score * 100)).toBeCloseTo(score * 100, 9);
        expect(related).toBe(score >= 0.5);
      }),
    );
  });
});
