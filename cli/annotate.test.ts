// The command-line annotator's contract: exactly one JSON object on stdout, offsets into
// the extracted text, a clear error and a non-zero exit for a file it cannot read.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { htmlMainText } from '../lib/extract/html-main-text';
import { readFileSync } from 'node:fs';

const run = promisify(execFile);
const annotate = (file: string) => run(process.execPath, ['--import', 'tsx', 'cli/annotate.ts', file], { encoding: 'utf8' });

interface Output {
  related: boolean;
  score: number;
  reasons: string[];
  terms: { id: string; term: string; text: string; start: number; end: number }[];
}

describe('npm run --silent annotate -- FILE', () => {
  test('an HTML page: one JSON object, the main article only, offsets into its text', async () => {
    const file = 'tests/fixtures/annotate/mfa-brief.html';
    const { stdout, stderr } = await annotate(file);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout) as Output;
    expect(Object.keys(out)).toEqual(['related', 'score', 'reasons', 'terms']);
    expect(out.related).toBe(true);
    expect(out.score).toBeGreaterThan(0.5);
    expect(out.reasons.length).toBeGreaterThan(0);
    const { text } = htmlMainText(readFileSync(file, 'utf8'));
    for (const t of out.terms) {
      expect(Object.keys(t)).toEqual(['id', 'term', 'text', 'start', 'end']);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    const ids = out.terms.map((t) => t.id);
    for (const id of ['kazakhstan', 'tokayev', 'permanent-comprehensive-strategic-partnership', 'sco', 'cica', 'three-evil-forces']) {
      expect(ids).toContain(id);
    }
    // The sidebar's 亚信科技 and 上海 are not the article, and not terms.
    expect(out.terms.filter((t) => t.id === 'cica')).toHaveLength(1);
  });

  test('titles in 《…》 the glossary does not have: a separate field, kind and corpus document, terms as before', async () => {
    const file = 'tests/fixtures/annotate/cited-titles.txt';
    const { stdout } = await annotate(file);
    const out = JSON.parse(stdout) as Output & { titles: { title: string; kind: string; start: number; end: number; corpusDocId: string | null }[] };
    expect(Object.keys(out)).toEqual(['related', 'score', 'reasons', 'terms', 'titles']);
    const text = readFileSync(file, 'utf8');
    for (const t of out.titles) expect(text.slice(t.start, t.end)).toBe(t.title);
    // The 2005 statement's full title is a glossary term, so it is not among the titles.
    expect(out.titles.map((t) => [t.title, t.kind, t.corpusDocId])).toEqual([
      ['中华人民共和国与哈萨克斯坦共和国联合宣言', 'joint-declaration', '2014-05-19-cn-kz-joint-declaration'],
      ['中哈关于跨境数据合作的谅解备忘录', 'memorandum-of-understanding', null],
    ]);
    expect(out.terms.map((t) => t.id)).toContain('cn-kz-strategic-partnership-statement-2005');
    // 中哈 inside the memorandum's title is still a term for the command line: the terms do not change.
    const memo = out.titles[1]!;
    expect(out.terms.some((t) => t.start >= memo.start && t.end <= memo.end)).toBe(true);
  });

  test('a text file about Shanghai: unrelated, and no false friend reported', async () => {
    const { stdout } = await annotate('tests/fixtures/annotate/shanghai-weekend.txt');
    const out = JSON.parse(stdout) as Output;
    expect(out.related).toBe(false);
    expect(out.terms).toEqual([]);
  });

  test('a missing file: a message on stderr, nothing on stdout, a non-zero exit', async () => {
    const failure = await annotate('tests/fixtures/annotate/no-such-file.html').catch((err: { code: number; stdout: string; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/annotate: cannot read .*no-such-file\.html: ENOENT/);
  });
});
