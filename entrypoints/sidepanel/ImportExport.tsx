// Export of the saved documents as one JSON file, and import of such a file: checked
// whole before anything is stored, with progress while the documents are prepared.
import { useState } from 'react';
import { exportUserCorpus, readUserCorpusFile, type ImportProblem } from '@/lib/user-corpus/transfer';
import { useText } from './lang';
import { transferStrings } from './strings/saved';
import type { UserCorpus } from './use-user-corpus';
import { downloadJson } from '../../components/download';
import { FileTransfer, megabytes, type TransferStatus } from '../../components/FileTransfer';

/** Not translated: file names stay one form whatever the UI language. */
const fileName = (date: string) => `treaty-lens-my-pages-${date}.json`;

function problemText(t: ReturnType<typeof transferStrings>, p: ImportProblem): string {
  switch (p.code) {
    case 'too-big':
      return t.tooBig(megabytes(p.bytes), megabytes(p.max));
    case 'unreadable':
      return t.unreadable(p.message);
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

export function ImportExport({ user }: { user: UserCorpus }) {
  const t = useText(transferStrings);
  const [status, setStatus] = useState<TransferStatus>({ phase: 'idle' });
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
    setStatus({ phase: 'busy', message: t.reading });
    const parsed = await readUserCorpusFile(file);
    if (!parsed.ok) return setStatus({ phase: 'error', message: problemText(t, parsed.problem) });
    try {
      const { added, replaced } = await user.importDocuments(parsed.value, (done, total) =>
        setStatus({ phase: 'busy', message: t.progress(done, total), progress: { done, total, label: t.progressLabel } }),
      );
      setStatus({ phase: 'done', message: t.done(added, replaced) });
    } catch (err) {
      setStatus({ phase: 'error', message: t.failed(err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <FileTransfer
      exportLabel={t.export}
      onExport={exportAll}
      exportDisabled={records.length === 0}
      importLabel={t.import}
      onImport={(file) => void importFile(file)}
      importDisabled={user.records === undefined}
      status={status}
    />
  );
}
