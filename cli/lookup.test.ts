// The command-line lookup's contract: one JSON object with exactly the documented keys,
// the glossary entries and dictionary words of the text, an empty result for nothing
// Chinese, exit 2 with a usage line when the argument is missing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const lookup = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'cli/lookup.ts', ...args], { encoding: 'utf8' });

interface Output {
  query: string;
  glossary: { id: string; term: string; english: string }[];
  dictionary: { simplified: string; traditional: string; pinyin: string; senses: string[] }[];
}

// Each test starts Node, tsx and jieba: seconds on a loaded two-core machine.
describe('npm run --silent lookup -- WORD_OR_TEXT', { timeout: 60_000 }, () => {
  test('a sentence: its glossary entries and the readings of its words, in exactly the documented shape', async () => {
    const { stdout, stderr } = await lookup('中哈双方恪守睦邻友好，积极参与亚信的工作。');
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout) as Output;
    expect(Object.keys(out)).toEqual(['query', 'glossary', 'dictionary']);
    expect(out.query).toBe('中哈双方恪守睦邻友好，积极参与亚信的工作。');
    expect(out.glossary.map((g) => g.id)).toContain('cica');
    for (const g of out.glossary) expect(Object.keys(g)).toEqual(['id', 'term', 'english']);
    for (const d of out.dictionary) expect(Object.keys(d)).toEqual(['simplified', 'traditional', 'pinyin', 'senses']);
    expect(out.dictionary).toContainEqual(expect.objectContaining({ simplified: '恪守', traditional: '恪守', pinyin: 'kè shǒu' }));
    expect(out.dictionary.find((d) => d.simplified === '睦邻')?.traditional).toBe('睦鄰');
  });

  test('a word with several readings gives each', async () => {
    const out = JSON.parse((await lookup('行')).stdout) as Output;
    expect(out.dictionary.map((d) => d.pinyin)).toEqual(expect.arrayContaining(['háng', 'xíng']));
    expect(out.dictionary.every((d) => d.simplified === '行')).toBe(true);
  });

  test.each(['', 'treaty of friendship'])('an empty or non-Chinese query (%j) prints an empty result, not an error', async (query) => {
    const { stdout, stderr } = await lookup(query);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ query, glossary: [], dictionary: [] });
  });

  test('a missing argument: exit 2, a usage line, nothing on stdout', async () => {
    const failure = await lookup().catch((err: { code: number; stdout: string; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toMatch(/^usage: npm run --silent lookup -- WORD_OR_TEXT\n$/);
  });
});
