// Each layout parser on a small sample written for the test (not an article).
import { describe, expect, it } from 'vitest';
import { detectLayout } from './detect-layout';
import { pdfNewspaper } from './pdf-newspaper';
import { peoplesDailyTagged } from './peoples-daily-tagged';
import { speechDatabase } from './speech-database';
import type { FileEntry } from '../../lib/corpus/types';
import { webScrape } from './web-scrape';

const entry = (segments?: FileEntry['segments']): FileEntry => ({ file: 'sample.txt', documents: {}, ...(segments ? { segments } : {}) });

const body = ['示例图片说明。', '　　示例社记者 某某摄', '本报某城1月1日电  两国外长举行会谈。双方同意加强合作。', '会后两国签署了《甲乙两国示例协定》。'];
const speechPage = (second: string[]) =>
  [
    '关键词：',
    '甲 乙 丙 ',
    '',
    '习近平系列重要讲话数据库',
    '',
    '两国外长举行会谈 同意加强合作',
    '',
    '发布时间：2030-01-02',
    '',
    ...body.flatMap((l) => [l, '']),
    '《 人民日报 》（ 2030年01月02日 03 版）',
    '',
    ...second,
  ].join('\n');

describe('speech database', () => {
  const raw = speechPage(body);
  it('is detected from its header', () => expect(detectLayout(raw)).toBe(speechDatabase));
  it('keeps the body once, splits off the photo caption, reads the trailer', () => {
    const { source, articles } = speechDatabase.parse(raw, entry());
    expect(source).toEqual({ publication: '人民日报', page: '03', date: '2030-01-02' });
    const [caption, main] = articles;
    expect(caption).toMatchObject({ key: 'caption', byline: '示例社记者 某某摄', paragraphs: [{ kind: 'paragraph', text: '示例图片说明。' }] });
    expect(main!.title).toBe('两国外长举行会谈 同意加强合作');
    expect(main!.paragraphs.map((p) => p.text)).toEqual(['本报某城1月1日电 两国外长举行会谈。双方同意加强合作。', '会后两国签署了《甲乙两国示例协定》。']);
  });
  it('gives both copies to the fidelity check', () => {
    expect(speechDatabase.bodyLines(raw, entry())).toHaveLength(8);
  });
  it('refuses a page whose two copies differ', () => {
    expect(() => speechDatabase.parse(speechPage([...body.slice(0, 3), '改过的一句。']), entry())).toThrow(/not printed exactly twice/);
  });
});

describe('web scrape', () => {
  const raw =
    '2030甲乙联合声明（全文）2030-03-04[字体：大 中 小]      打印本页' +
    '　　2030年3月4日，两国元首签署了联合声明。　　甲共和国和乙共和国联合声明　　一、双方同意加强合作。' +
    '　　　　　　甲共和国总统　　　　乙共和国总统　　　　张三　　　　李四　　　　二〇三〇年三月四日于某城';
  it('is detected from its site chrome', () => expect(detectLayout(raw)).toBe(webScrape));
  it('drops the chrome, takes the title printed in the body, reads the signature cells', () => {
    const { source, articles } = webScrape.parse(raw, entry());
    expect(source).toEqual({ date: '2030-03-04' });
    const [main] = articles;
    expect(main!.title).toBe('甲共和国和乙共和国联合声明');
    expect(main!.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'heading', 'paragraph', ...Array<string>(5).fill('signature')]);
    expect(main!.signatories).toEqual([
      { name: '张三', title: '总统', party: '甲共和国' },
      { name: '李四', title: '总统', party: '乙共和国' },
    ]);
    expect(main!.signedAt).toEqual({ date: '2030-03-04', place: '某城' });
  });
});

describe("People's Daily tagged", () => {
  const raw = [
    '〖RQ/日期〗20300506〖-RQ/日期〗',
    '〖BH/版号〗03〖-BH/版号〗',
    '〖BT/标题〗甲乙总理会晤联合公报〖-BT/标题〗',
    '〖BM/版名〗要闻〖-BM/版名〗',
    '〖ZW/正文〗',
    '    双方同意在各领域深化合作，并将',
    '    继续保持密切沟通。',
    '    一',
    '    双方重申友好。',
    '    甲共和国 乙共和国',
    '    总理 总理',
    '    张三 李四',
    '    （签字） （签字）',
    '    二○三○年五月五日于某城',
    '    （示例社某城5月6日电）',
    '〖-ZW/正文〗',
  ].join('\n');
  it('is detected from its tags', () => expect(detectLayout(raw)).toBe(peoplesDailyTagged));
  it('reads the tags and rejoins the wrapped line', () => {
    const { source, articles } = peoplesDailyTagged.parse(raw, entry());
    expect(source).toEqual({ publication: '人民日报', date: '2030-05-06', page: '03', edition: '要闻' });
    const [main] = articles;
    expect(main!.title).toBe('甲乙总理会晤联合公报');
    expect(main!.paragraphs).toEqual([
      { kind: 'paragraph', text: '双方同意在各领域深化合作，并将继续保持密切沟通。' },
      { kind: 'heading', text: '一' },
      { kind: 'paragraph', text: '双方重申友好。' },
      { kind: 'signature', text: '甲共和国 乙共和国' },
      { kind: 'signature', text: '总理 总理' },
      { kind: 'signature', text: '张三 李四' },
      { kind: 'signature', text: '（签字） （签字）' },
      { kind: 'signature', text: '二○三○年五月五日于某城' },
      { kind: 'paragraph', text: '（示例社某城5月6日电）' },
    ]);
    expect(main!.signedAt).toEqual({ date: '2030-05-05', place: '某城' });
  });
});

describe('PDF newspaper', () => {
  const raw = [
    ' 示 例 社 某 城 1 月 2',
    '日电 两国外长今日',
    '举行会谈。',
    '',
    '双方同意加强合作，',
    '',
    '并签署《甲乙示例协定》。',
    '（上接1版）',
    '会谈后，双方共同',
    '会见了记者。',
    '示 例 标 题 排 在 文 后',
    '示例社评论员',
  ].join('\n');
  const segments: FileEntry['segments'] = [
    { startsWith: '示例社某城1月2', article: 'news', role: 'body' },
    { startsWith: '（上接1版）', article: 'continued', role: 'body' },
    { startsWith: '示例标题排在文后', article: 'news', role: 'title' },
    { startsWith: '示例社评论员', article: 'news', role: 'byline' },
  ];
  it('is detected from its letter-spacing', () => expect(detectLayout(raw)).toBe(pdfNewspaper));
  it('splits the page by the manifest segments, joins spaced characters and broken lines', () => {
    const { articles } = pdfNewspaper.parse(raw, entry(segments));
    expect(articles).toEqual([
      {
        key: 'news',
        title: '示例标题排在文后',
        byline: '示例社评论员',
        paragraphs: [
          { kind: 'paragraph', text: '示例社某城1月2日电两国外长今日举行会谈。' },
          { kind: 'paragraph', text: '双方同意加强合作，并签署《甲乙示例协定》。' },
        ],
        signatories: [],
      },
      {
        key: 'continued',
        title: null,
        paragraphs: [{ kind: 'paragraph', text: '会谈后，双方共同会见了记者。' }],
        signatories: [],
        continuedFromPage: '01',
      },
    ]);
  });
  it('names a segment it cannot find and text no segment claims', () => {
    expect(() => pdfNewspaper.parse(raw, entry([{ startsWith: '不存在', article: 'x', role: 'body' }]))).toThrow(/不存在/);
    expect(() => pdfNewspaper.parse(raw, entry(segments.slice(1)))).toThrow(/before the first segment/);
  });
});

describe('detectLayout', () => {
  it('refuses text it does not recognise', () => expect(() => detectLayout('一段普通的文字。')).toThrow(/unknown source layout/));
});
