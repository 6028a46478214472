import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv';
import type { UserTerm } from './schema';
import { checkTermsJson, mergeTerms, parseTermsCsv, termsToCsv, termsToJson } from './transfer';

const terms: UserTerm[] = [
  { id: 'a1', term: '中欧班列', variants: ['中欧货运班列'], english: 'China–Europe Railway Express', note: 'Freight trains, "scheduled", via Khorgos, Dostyk', category: 'project' },
  { id: 'b2', term: '绿色通道', variants: [], english: '', note: '口岸农产品快速通关\n第二行', category: 'mechanism' },
];
const inputs = terms.map(({ id: _, ...rest }) => rest);

describe('files', () => {
  test('JSON and CSV both read back what they wrote, quotes, commas and line breaks included', () => {
    expect(checkTermsJson(JSON.parse(termsToJson(terms)))).toEqual({ ok: true, value: inputs });
    expect(parseTermsCsv(termsToCsv(terms))).toEqual({ ok: true, value: inputs });
  });

  test('a file that is not a My terms file, or of another version, is refused', () => {
    expect(checkTermsJson({ format: 'treaty-lens-word-list', version: 1, words: [] })).toEqual({ ok: false, problem: { code: 'not-my-terms' } });
    expect(checkTermsJson({ format: 'treaty-lens-my-terms', version: 2, terms: [] })).toEqual({ ok: false, problem: { code: 'unsupported-version', version: 2 } });
    expect(parseTermsCsv('word,pinyin\n中欧班列,x\n')).toMatchObject({ ok: false, problem: { code: 'bad-header' } });
    expect(parseTermsCsv('term,variants,english,note,category\n"中欧班列,,,,project\n')).toEqual({ ok: false, problem: { code: 'not-csv' } });
  });

  test('one bad term refuses the whole file and names its row and field', () => {
    const bad = JSON.parse(termsToJson(terms)) as { terms: Record<string, unknown>[] };
    bad.terms[1]!['category'] = 'weather';
    expect(checkTermsJson(bad)).toMatchObject({ ok: false, problem: { code: 'invalid-term', row: 2, path: 'category' } });
    bad.terms[1]!['category'] = 'project';
    bad.terms[1]!['term'] = 'railway';
    expect(checkTermsJson(bad)).toMatchObject({ ok: false, problem: { code: 'invalid-term', row: 2, path: 'term', message: 'must contain Chinese characters' } });
    expect(parseTermsCsv('term,variants,english,note,category\n中欧班列,,x,y\n')).toMatchObject({ ok: false, problem: { code: 'invalid-term', row: 1 } });
    const twice = { format: 'treaty-lens-my-terms', version: 1, terms: [inputs[0], inputs[0]] };
    expect(checkTermsJson(twice)).toEqual({ ok: false, problem: { code: 'duplicate-term', row: 2, term: '中欧班列' } });
  });
});

test('merging: the same form replaces the entry and keeps its id, new forms are added, the rest stay', () => {
  const imported = [{ ...inputs[0]!, english: 'China-Europe freight trains' }, { term: '霍尔果斯口岸', variants: [], english: 'Khorgos port', note: '', category: 'place' as const }];
  let n = 0;
  expect(mergeTerms(terms, imported, () => `new-${++n}`)).toEqual([{ ...imported[0], id: 'a1' }, terms[1], { ...imported[1], id: 'new-1' }]);
});

test('CSV: quoted fields, doubled quotes, CRLF and a BOM', () => {
  expect(parseCsv('\ufeffa,"b,c","say ""hi"""\r\n"x\ny",,z\r\n')).toEqual([
    ['a', 'b,c', 'say "hi"'],
    ['x\ny', '', 'z'],
  ]);
});
