// Export of the saved documents as one JSON file, and import of such a file: checked
// whole before anything is stored, with progress while the documents are prepared.
import { useState, type ChangeEvent } from 'react';
import { checkImportSize, exportUserCorpus, parseImport, type ImportProblem } from '@/lib/user-corpus/transfer';
import type { UserCorpus } from './use-user-corpus';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const NOTHING = 'Nothing was imported.';

const TEXT = {
  export: 'Export my pages (JSON)',
  import: 'Import pages from a file',
  fileName: (date: string) => `treaty-lens-my-pages-${date}.json`,
  reading: 'Reading the file…',
  progress: (done: number, total: number) => `Preparing ${done} of ${total} documents…`,
  progressLabel: 'Import progress',
  done: (added: number, replaced: number) =>
    added + replaced === 0 ? 'The file holds no documents.' : `Imported ${added} new and replaced ${replaced} saved documents.`,
  problem: (p: ImportProblem): string => {
    switch (p.code) {
      case 'too-big':
        return `This file is ${mb(p.bytes)} MB and the limit is ${mb(p.max)} MB. ${NOTHING}`;
      case 'not-json':
        return `This file is not JSON. ${NOTHING}`;
      case 'not-an-export':
        return `This file is not a Treaty Lens export. ${NOTHING}`;
      case 'unsupported-version':
        return `This export is version ${p.version}; this Treaty Lens reads version 1. ${NOTHING}`;
      case 'too-many':
        return `This file holds ${p.count} documents and the limit is ${p.max}. ${NOTHING}`;
      case 'invalid-document':
        return `Document ${p.index + 1} in the file is not valid (${p.path || 'the document'}: ${p.message}). ${NOTHING}`;
      case 'duplicate-id':
        return `Two documents in the file share the id ${p.id}. ${NOTHING}`;
    }
  },
  failed: (message: string) => `Import failed and nothing was stored: ${message}`,
};

type Status =
  | { phase: 'idle' }
  | { phase: 'busy'; message: string; done?: number; total?: number }
  | { phase: 'done'; message: string }
  | { phase: 'error'; message: string };

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ImportExport({ user }: { user: UserCorpus }) {
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const records = user.records ?? [];

  const exportAll = () => {
    const now = new Date().toISOString();
    download(
      exportUserCorpus(
        records.map((r) => r.doc),
        now,
      ),
      TEXT.fileName(now.slice(0, 10)),
    );
  };

  const importFile = async (file: File) => {
    const tooBig = checkImportSize(file.size);
    if (tooBig) return setStatus({ phase: 'error', message: TEXT.problem(tooBig) });
    setStatus({ phase: 'busy', message: TEXT.reading });
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return setStatus({ phase: 'error', message: TEXT.problem(parsed.problem) });
    try {
      const { added, replaced } = await user.importDocuments(parsed.documents, (done, total) =>
        setStatus({ phase: 'busy', message: TEXT.progress(done, total), done, total }),
      );
      setStatus({ phase: 'done', message: TEXT.done(added, replaced) });
    } catch (err) {
      setStatus({ phase: 'error', message: TEXT.failed(err instanceof Error ? err.message : String(err)) });
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
        {TEXT.export}
      </button>
      <label className="file-pick">
        {TEXT.import}
        <input type="file" accept=".json,application/json" onChange={onFile} disabled={status.phase === 'busy' || user.records === undefined} />
      </label>
      {status.phase === 'busy' && status.total !== undefined && (
        <progress max={status.total} value={status.done} aria-label={TEXT.progressLabel} />
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
