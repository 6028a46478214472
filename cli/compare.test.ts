// The command-line comparison's contract: exactly one JSON object of the shape on
// stdout; a file compared with a corpus document; unknown ids and unreadable files named,
// exit 2.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const compare = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'cli/compare.ts', ...args], { encoding: 'utf8' });
const failure = (...args: string[]) => compare(...args).then(() => expect.unreachable('exit 0'), (err: { code: number; stdout: string; stderr: string }) => err);

interface Output {
  a: { id: string; title: string; date: string | null };
  b: { id: string; title: string; date: string | null };
  topics: { topic: string; a: string[]; b: string[]; added: string[]; removed: string[]; pairs: { a: string; b: string; diff: [string, string][] }[] }[];
}

// Each test starts Node, tsx and jieba: seconds on a quiet machine, much more on a loaded one.
describe('npm run --silent compare -- A B', { timeout: 90_000 }, () => {
  test('two corpus documents: the issue\'s JSON shape, the formula change and the energy pairs', async () => {
    const { stdout, stderr } = await compare('2005-07-04-cn-kz-joint-statement-strategic-partnership', '2014-05-19-cn-kz-joint-declaration');
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout) as Output;
    expect(Object.keys(out)).toEqual(['a', 'b', 'topics']);
    expect(out.a).toEqual({ id: '2005-07-04-cn-kz-joint-statement-strategic-partnership', title: '中华人民共和国和哈萨克斯坦共和国关于建立和发展战略伙伴关系的联合声明', date: '2005-07-04' });
    expect(Object.keys(out.b)).toEqual(['id', 'title', 'date']);
    for (const t of out.topics) {
      expect(Object.keys(t)).toEqual(['topic', 'a', 'b', 'added', 'removed', 'pairs']);
      for (const p of t.pairs) {
        expect(Object.keys(p)).toEqual(['a', 'b', 'diff']);
        for (const [op, text] of p.diff) {
          expect(['=', '+', '-']).toContain(op);
          expect(typeof text).toBe('string');
        }
      }
    }
    const political = out.topics.find((t) => t.topic === 'political')!;
    expect(political.added).toContain('全面战略伙伴关系');
    expect(political.removed).toContain('战略伙伴关系');
    const energy = out.topics.find((t) => t.topic === 'energy')!;
    expect(energy.pairs.find((p) => p.a === 'p15')?.b).toBe('p17');
  });

  test('a text file against a corpus document', async () => {
    const file = 'tests/fixtures/compare/energy-note.txt';
    const out = JSON.parse((await compare(file, '2014-05-19-cn-kz-joint-declaration')).stdout) as Output;
    expect(out.a).toEqual({ id: file, title: '中哈能源合作座谈会纪要', date: null });
    const energy = out.topics.find((t) => t.topic === 'energy')!;
    expect(energy.a).toEqual(['p2', 'p3']);
    expect(energy.pairs.find((p) => p.a === 'p2')?.b).toBe('p17');
    expect(out.topics.find((t) => t.topic === 'transport')?.a).toEqual(['p4']);
  });

  test('an HTML page: its main article only, compared in the order given', async () => {
    const file = 'tests/fixtures/annotate/mfa-brief.html';
    const out = JSON.parse((await compare('2023-05-17-cn-kz-joint-statement', file)).stdout) as Output;
    expect(out.a.id).toBe('2023-05-17-cn-kz-joint-statement');
    expect(out.b).toEqual({ id: file, title: '外交部发言人就中哈关系答记者问 - 示例外交新闻网', date: null });
    const political = out.topics.find((t) => t.topic === 'political')!;
    expect(political.b).toContain('p2');
    // The navigation, the sidebar (亚信科技…) and the footer are not part of the article.
    expect(out.topics.flatMap((t) => t.b).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    // p1 headline, p2 the question (永久全面战略伙伴关系), p3 the answer (一带一路), p4 SCO and CICA; the 发布时间 line is dropped as site furniture.
    expect(out.topics.find((t) => t.topic === 'economy')?.b).toEqual(['p3']);
    expect(out.topics.find((t) => t.topic === 'multilateral')?.b).toEqual(['p4']);
  });

  test('unknown ids and unreadable files: each named on stderr, nothing on stdout, exit 2', async () => {
    const err = await failure('no-such-document', 'tests/fixtures/compare/missing.html');
    expect(err).toMatchObject({ code: 2, stdout: '' });
    expect(err.stderr).toContain('compare: unknown document id: no-such-document');
    expect(err.stderr).toMatch(/compare: cannot read tests\/fixtures\/compare\/missing\.html: ENOENT/);
  });

  test('the wrong number of arguments: usage, exit 2', async () => {
    const err = await failure('2014-05-19-cn-kz-joint-declaration');
    expect(err).toMatchObject({ code: 2, stdout: '' });
    expect(err.stderr).toMatch(/^compare: usage: npm run --silent compare -- A B/);
  });
});
