import { expect, test } from 'vitest';
import { readJsonFile, refused, type JsonImport } from './read-json-file';

/** Accepts an object with a numeric n, and says which other thing it got. */
const checkN = (raw: unknown): JsonImport<number, { code: 'no-n'; got: string }> =>
  typeof raw === 'object' && raw !== null && typeof (raw as { n?: unknown }).n === 'number'
    ? { ok: true, value: (raw as { n: number }).n }
    : refused({ code: 'no-n', got: JSON.stringify(raw) });

const blob = (text: string) => new Blob([text], { type: 'application/json' });

test('a file within the limit is parsed and given to the check', async () => {
  const text = '{"n": 42}';
  expect(await readJsonFile(blob(text), text.length, checkN)).toEqual({ ok: true, value: 42 });
  expect(await readJsonFile(blob('[1]'), 100, checkN)).toEqual({ ok: false, problem: { code: 'no-n', got: '[1]' } });
});

test('a file over the limit is refused without being read', async () => {
  const file = {
    size: 101,
    text: () => Promise.reject(new Error('read although too big')),
  };
  expect(await readJsonFile(file, 100, checkN)).toEqual({ ok: false, problem: { code: 'too-big', bytes: 101, max: 100 } });
});

test('text that is not JSON, and a file that cannot be read, are refused before the check', async () => {
  const neverChecked = (): JsonImport<never, never> => {
    throw new Error('checked');
  };
  expect(await readJsonFile(blob('{"n": '), 100, neverChecked)).toEqual({ ok: false, problem: { code: 'not-json' } });
  expect(await readJsonFile(blob(''), 100, neverChecked)).toEqual({ ok: false, problem: { code: 'not-json' } });
  const gone = { size: 10, text: () => Promise.reject(new Error('the file was removed')) };
  expect(await readJsonFile(gone, 100, neverChecked)).toEqual({ ok: false, problem: { code: 'unreadable', message: 'the file was removed' } });
});
