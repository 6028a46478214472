import { describe, expect, test } from 'vitest';
import { userDocumentFromPage } from './from-page';
import type { UserDocument } from './schema';
import { exportUserCorpus, MAX_IMPORT_BYTES, readUserCorpusFile } from './transfer';

const read = (text: string) => readUserCorpusFile(new Blob([text]));

const NOW = '2024-03-01T08:00:00.000Z';

function doc(n: number): UserDocument {
  const r = userDocumentFromPage(
    { url: `https://example.cn/${n}.html`, title: `报道${n}`, text: `第${n}篇：双方同意深化中哈全面战略伙伴关系，推进共建“一带一路”合作。` },
    NOW,
  );
  if (!r.ok) throw new Error('fixture');
  return r.doc;
}

const envelope = (documents: unknown[]) => JSON.stringify({ format: 'treaty-lens/user-corpus', version: 1, exportedAt: NOW, documents });

describe('export and import', () => {
  test('round-trip', async () => {
    const docs = [doc(1), doc(2)];
    expect(await read(exportUserCorpus(docs, NOW))).toEqual({ ok: true, value: docs });
  });

  test('reject what is not JSON, or not our export', async () => {
    expect(await read('{"format": ')).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(await read('[1, 2]')).toEqual({ ok: false, problem: { code: 'not-an-export' } });
    expect(await read(JSON.stringify({ format: 'other', version: 1, exportedAt: NOW, documents: [] }))).toEqual({
      ok: false,
      problem: { code: 'not-an-export' },
    });
    expect(await read(JSON.stringify({ format: 'treaty-lens/user-corpus', version: 2, exportedAt: NOW, documents: [] }))).toEqual({
      ok: false,
      problem: { code: 'unsupported-version', version: 2 },
    });
  });

  test('reject the whole file for one bad document, and say which and where', async () => {
    const bad = { ...doc(2), paragraphs: [{ id: 'p1', kind: 'paragraph', text: '' }] };
    expect(await read(envelope([doc(1), bad]))).toMatchObject({
      ok: false,
      problem: { code: 'invalid-document', index: 1, path: 'paragraphs.0.text' },
    });
  });

  test('reject unknown fields, foreign ids, unsafe addresses and misnumbered paragraphs', async () => {
    const cases: [unknown, string][] = [
      [{ ...doc(1), extra: true }, ''],
      [{ ...doc(1), id: '2014-05-19-cn-kz-joint-declaration' }, 'id'],
      [{ ...doc(1), url: 'javascript:alert(1)' }, 'url'],
      [{ ...doc(1), paragraphs: [{ id: 'p2', kind: 'paragraph', text: '中' }] }, 'paragraphs.0.id'],
    ];
    for (const [bad, path] of cases) {
      expect(await read(envelope([bad]))).toMatchObject({ ok: false, problem: { code: 'invalid-document', index: 0, path } });
    }
  });

  test('reject two documents with one id', async () => {
    expect(await read(envelope([doc(1), doc(1)]))).toEqual({ ok: false, problem: { code: 'duplicate-id', id: doc(1).id } });
  });

  test('refuse a file over the size limit before reading it', async () => {
    const file = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    expect(await readUserCorpusFile(file)).toEqual({ ok: false, problem: { code: 'too-big', bytes: MAX_IMPORT_BYTES + 1, max: MAX_IMPORT_BYTES } });
  });
});
