// The word list's files: what each export holds, and an import that takes back a JSON
// export, skips what is already kept and refuses a bad file with its reason.
import { describe, expect, test } from 'vitest';
import { markWord, wordsToAnki, wordsToCsv, wordsToJson } from './export';
import { newWords, parseWordListFile } from './import';
import { parseTags, savedWordId, type SavedWord } from './schema';

function word(w: string, sentence: string, extra: Partial<SavedWord> = {}): SavedWord {
  const base = { word: w, pinyin: 'wò xuán', english: 'to mediate (a conflict etc)', sentence, title: '外交部例行记者会', url: 'https://example.org/a?x=1', savedAt: '2026-12-04T10:00:00.000Z', tags: ['外交'], ...extra };
  return { ...base, id: savedWordId(base) };
}

const a = word('斡旋', '中方愿继续斡旋，推动斡旋取得成果。');
const b = word('磋商', '双方举行"磋商", 并同意继续。', { pinyin: 'cuō shāng', english: 'to consult; to negotiate', tags: [] });

describe('exports', () => {
  test('CSV: a header, one row per word, quoted where a field needs it', () => {
    const csv = wordsToCsv([a, b]);
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('word,pinyin,english,sentence,title,url,savedAt,tags');
    expect(lines[1]).toBe('斡旋,wò xuán,to mediate (a conflict etc),中方愿继续斡旋，推动斡旋取得成果。,外交部例行记者会,https://example.org/a?x=1,2026-12-04T10:00:00.000Z,外交');
    expect(lines[2]).toBe('磋商,cuō shāng,to consult; to negotiate,"双方举行""磋商"", 并同意继续。",外交部例行记者会,https://example.org/a?x=1,2026-12-04T10:00:00.000Z,');
  });

  test('Anki: front the word; back pinyin, English, the sentence with the word marked, the source', () => {
    const lines = wordsToAnki([a]).trim().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    const [front, back, tags] = lines[3]!.split('\t');
    expect(front).toBe('斡旋');
    expect(back).toBe('wò xuán<br>to mediate (a conflict etc)<br>中方愿继续<b>斡旋</b>，推动<b>斡旋</b>取得成果。<br>外交部例行记者会 — https://example.org/a?x=1');
    expect(tags).toBe('外交');
    expect(markWord('<b>斡旋</b>\t', '斡旋')).toBe('&lt;b&gt;<b>斡旋</b>&lt;/b&gt; ');
  });

  test('JSON round-trips through import', () => {
    const parsed = parseWordListFile(wordsToJson([a, b], '2026-12-04T11:00:00.000Z'));
    expect(parsed).toEqual({ ok: true, words: [a, b] });
  });
});

describe('import', () => {
  test('merges: words already kept, or repeated in the file, are skipped', () => {
    expect(newWords([a], [a, b, b])).toEqual([b]);
  });

  test('a bad file is refused with what is wrong', () => {
    const file = (words: unknown[], extra = {}) => JSON.stringify({ format: 'treaty-lens-word-list', version: 1, words, ...extra });
    expect(parseWordListFile('not json')).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(parseWordListFile('{"sites": []}')).toEqual({ ok: false, problem: { code: 'not-a-word-list' } });
    expect(parseWordListFile(file([], { version: 9 }))).toEqual({ ok: false, problem: { code: 'unsupported-version', version: 9 } });
    const bad = parseWordListFile(file([a, { ...b, savedAt: 'yesterday' }]));
    expect(bad).toMatchObject({ ok: false, problem: { code: 'invalid-word', index: 1, path: 'savedAt' } });
    // A link in the list: a file cannot plant another scheme than http(s).
    expect(parseWordListFile(file([{ ...a, url: 'javascript:alert(1)' }]))).toMatchObject({ ok: false, problem: { code: 'invalid-word', index: 0, path: 'url' } });
    expect(parseWordListFile(file([{ ...a, word: '' }]))).toMatchObject({ ok: false, problem: { code: 'invalid-word', index: 0, path: 'word' } });
  });

  test('ids are derived from the word, never taken from the file', () => {
    const parsed = parseWordListFile(JSON.stringify({ format: 'treaty-lens-word-list', version: 1, words: [{ ...a, id: 'forged' }] }));
    expect(parsed).toEqual({ ok: true, words: [a] });
  });
});

test('tags as typed: comma-separated (either comma), trimmed, each once', () => {
  expect(parseTags(' 外交, HSK6，外交 ,, ')).toEqual(['外交', 'HSK6']);
});
