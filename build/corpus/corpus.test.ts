// The checked-in corpus: regenerates byte for byte, holds the expected documents, merges citations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_JSON, readRawFiles } from '../corpus-files';
import { buildCorpus } from './build';
import { CorpusSchema } from '../../lib/corpus/schema';
import { serializeCorpus } from './serialize';

const files = readRawFiles();
const corpus = buildCorpus(files);
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
const agreement = (id: string) => corpus.agreements.find((a) => a.id === id)!;

describe('corpus.json', () => {
  it('is what the raw files build, byte for byte (run npx tsx build/build-corpus.ts)', () => {
    expect(readFileSync(CORPUS_JSON, 'utf8')).toBe(serializeCorpus(corpus));
  });
  it('matches the schema', () => {
    expect(() => CorpusSchema.parse(JSON.parse(readFileSync(CORPUS_JSON, 'utf8')))).not.toThrow();
  });
});

describe('documents', () => {
  it('are the expected articles, in file then reading order', () => {
    expect(corpus.documents.map((d) => [d.id, d.kind, d.date, d.source.file.slice(0, 3)])).toEqual([
      ['2013-09-07-xi-nazarbayev-talks', 'news-report', '2013-09-07', '000'],
      ['2013-09-07-xi-nazarbayev-talks-photo', 'caption', '2013-09-07', '000'],
      ['2014-05-19-cn-kz-joint-declaration', 'joint-declaration', '2014-05-19', '001'],
      ['2005-07-04-cn-kz-joint-statement-strategic-partnership', 'joint-statement', '2005-07-04', '002'],
      ['2012-03-31-cn-kz-prime-ministers-joint-communique', 'joint-communique', '2012-03-31', '003'],
      ['2023-05-16-mfa-spokesperson-china-central-asia-summit', 'briefing', '2023-05-16', '004'],
      ['2023-05-17-cn-kz-joint-statement', 'joint-statement', '2023-05-17', '004'],
      ['2023-05-17-xi-tokayev-talks', 'news-report', '2023-05-17', '004'],
      ['2023-05-17-summit-press-centre-photo', 'caption', '2023-05-17', '004'],
      ['2023-05-17-xinhua-commentary-china-central-asia', 'commentary', '2023-05-17', '004'],
    ]);
  });
  it('have ids that start with their date and paragraphs numbered p1..pn', () => {
    for (const d of corpus.documents) {
      expect(d.id.startsWith(d.date)).toBe(true);
      expect(d.paragraphs.map((p) => p.id)).toEqual(d.paragraphs.map((_, i) => `p${i + 1}`));
    }
  });
  it('keep full-width digits as printed', () => {
    expect(doc('2013-09-07-xi-nazarbayev-talks').paragraphs[0]!.text).toContain('阿斯塔纳９月７日电');
  });
  it('read the signatories of each signed instrument', () => {
    expect(doc('2014-05-19-cn-kz-joint-declaration').signatories).toEqual([
      { name: '习近平', title: '主席', party: '中华人民共和国' },
      { name: '努·纳扎尔巴耶夫', title: '总统', party: '哈萨克斯坦共和国' },
    ]);
    expect(doc('2005-07-04-cn-kz-joint-statement-strategic-partnership').signatories.map((s) => s.name)).toEqual(['胡锦涛', '纳扎尔巴耶夫']);
    expect(doc('2012-03-31-cn-kz-prime-ministers-joint-communique').signatories.map((s) => s.title)).toEqual(['国务院总理', '总理']);
    expect(doc('2023-05-17-cn-kz-joint-statement').signatories.map((s) => s.name)).toEqual(['习近平', '卡瑟姆若马尔特·托卡耶夫']);
  });
  it('mark section numerals as headings and signature rows as signature', () => {
    const declaration = doc('2014-05-19-cn-kz-joint-declaration');
    expect(declaration.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(declaration.paragraphs.filter((p) => p.kind === 'signature')).toHaveLength(5);
  });
  it('take the headline printed after the article and the byline under it', () => {
    expect(doc('2023-05-17-cn-kz-joint-statement').title).toBe('中华人民共和国和哈萨克斯坦共和国联合声明');
    expect(doc('2023-05-17-xinhua-commentary-china-central-asia')).toMatchObject({
      title: '推动中国—中亚合作步入新时代',
      byline: '新华社评论员',
    });
  });
  it('record the continuation from page 1 without printing the jump line', () => {
    const talks = doc('2023-05-17-xi-tokayev-talks');
    expect(talks.source.continuedFromPage).toBe('01');
    expect(talks.paragraphs[0]!.text.startsWith('习近平指出')).toBe(true);
  });
});

describe('agreements', () => {
  it('hold the 2002 treaty once, with its date, cited by three documents', () => {
    const treaties = corpus.agreements.filter((a) => a.title.endsWith('睦邻友好合作条约'));
    expect(treaties).toEqual([
      {
        id: 'cn-kz-treaty-of-good-neighbourliness-2002',
        title: '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约',
        aliases: [],
        date: '2002-12-23',
        documentId: null,
      },
    ]);
    const citing = corpus.documents.filter((d) => d.citations.some((c) => c.agreementId === treaties[0]!.id));
    expect(citing.map((d) => d.id)).toEqual([
      '2014-05-19-cn-kz-joint-declaration',
      '2005-07-04-cn-kz-joint-statement-strategic-partnership',
      '2012-03-31-cn-kz-prime-ministers-joint-communique',
    ]);
  });
  it('merge a short name (中哈…) with the full one and keep the short one as an alias', () => {
    expect(agreement('cn-kz-joint-declaration-2013')).toEqual({
      id: 'cn-kz-joint-declaration-2013',
      title: '中华人民共和国和哈萨克斯坦共和国关于进一步深化全面战略伙伴关系的联合宣言',
      aliases: ['中哈关于进一步深化全面战略伙伴关系的联合宣言'],
      date: '2013-09-07',
      documentId: null,
    });
    expect(doc('2013-09-07-xi-nazarbayev-talks').citations).toEqual([
      { title: '中哈关于进一步深化全面战略伙伴关系的联合宣言', agreementId: 'cn-kz-joint-declaration-2013', paragraphId: 'p10' },
    ]);
  });
  it('link an agreement to the corpus document that is it', () => {
    expect(agreement('2005-07-04-cn-kz-joint-statement-strategic-partnership')).toMatchObject({
      date: '2005-07-04',
      documentId: '2005-07-04-cn-kz-joint-statement-strategic-partnership',
    });
    expect(doc('2023-05-17-xi-tokayev-talks').citations.map((c) => c.agreementId)).toEqual(['2023-05-17-cn-kz-joint-statement']);
    for (const d of corpus.documents.filter((x) => x.kind.startsWith('joint-'))) {
      expect(corpus.agreements.find((a) => a.documentId === d.id)?.date).toBe(d.date);
    }
  });
  it('take dates from 某年某月某日签订/签署的《…》 and leave others null', () => {
    expect(agreement('sco-shanghai-convention-terrorism-separatism-extremism').date).toBe('2001-06-15');
    expect(agreement('cn-kz-joint-statement-2011').date).toBe('2011-06-13');
    expect(agreement('un-charter')).toMatchObject({ date: null, documentId: null });
  });
  it('leave newspapers out and resolve every citation', () => {
    expect(corpus.agreements.some((a) => a.title.includes('人民日报'))).toBe(false);
    for (const d of corpus.documents) {
      for (const c of d.citations) {
        expect(corpus.agreements.some((a) => a.id === c.agreementId)).toBe(true);
        expect(d.paragraphs.find((p) => p.id === c.paragraphId)?.text).toContain(`《${c.title}》`);
      }
    }
    expect(new Set(corpus.agreements.map((a) => a.id)).size).toBe(corpus.agreements.length);
  });
});
