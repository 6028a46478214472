// Export of the saved documents as one JSON file, and import of such a file: checked
// whole before anything is stored, with progress while the documents are prepared.
import { useState, type ChangeEvent } from 'react';
import { checkImportSize, exportUserCorpus, parseImport, type ImportProblem } from '@/lib/user-corpus/transfer';
import { useText } from './lang';
import { transferStrings } from './strings/saved';
import type { UserCorpus } from './use-user-corpus';
import { downloadJson } from '../../components/download';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
/** Not translated: file names stay one form whatever the UI language. */
const fileName = (date: string) => `treaty-lens-my-pages-${date}.json`;

function problemText(t: ReturnType<typeof transferStrings>, p: ImportProblem): string {
  switch (p.code) {
    case 'too-big':
      return t.tooBig(mb(p.bytes), mb(p.max));
    case 'not-json':
      return t.notJson;
    case 'not-an-export':
      return t.notAnExport;
    case 'unsupported-version':
      return t.unsupportedVersion(p.version);
    case 'too-many':
      return t.tooMany(p.count, p.max);
    case 'invalid-document':
      return t.invalidDocument(p.index + 1, p.path, p.message);
    case 'duplicate-id':
      return t.duplicateId(p.id);
  }
}

type Status =
  | { phase: 'idle' }
  | { phase: 'busy'; message: string; done?: number; total?: number }
  | { phase: 'done'; message: string }
  | { phase: 'error'; message: string };

export function ImportExport({ user }: { user: UserCorpus }) {
  const t = useText(transferStrings);
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const records = user.records ?? [];

  const exportAll = () => {
    const now = new Date().toISOString();
    downloadJson(
      exportUserCorpus(
        records.map((r) => r.doc),
        now,
      ),
      fileName(now.slice(0, 10)),
    );
  };

  const importFile = async (file: File) => {
    const tooBig = checkImportSize(file.size);
    if (tooBig) return setStatus({ phase: 'error', message: problemText(t, tooBig) });
    setStatus({ phase: 'busy', message: t.reading });
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return setStatus({ phase: 'error', message: problemText(t, parsed.problem) });
    try {
      const { added, replaced } = await user.importDocuments(parsed.documents, (done, total) =>
        setStatus({ phase: 'busy', message: t.progress(done, total), done, total }),
      );
      setStatus({ phase: 'done', message: t.done(added, replaced) });
    } catch (err) {
      setStatus({ phase: 'error', message: t.failed(err instanceof Error ? err.message : String(err)) });
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    if (file) void importFile(file);
  };

  return (
    <div className="transfer">
      <button type="button" onClick={exportAll} disabled={records.length === 0}>
        {t.export}
      </button>
      <label className="file-pick">
        {t.import}
        <input type="file" accept=".json,application/json" onChange={onFile} disabled={status.phase === 'busy' || user.records === undefined} />
      </label>
      {status.phase === 'busy' && status.total !== undefined && (
        <progress max={status.total} value={status.done} aria-label={t.progressLabel} />
      )}
      <p role="status" className="transfer-status">
        {(status.phase === 'busy' || status.phase === 'done') && status.message}
      </p>
      {status.phase === 'error' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
    </div>
  );
}
