// The site list as a JSON file: export it, or import one (validated; a bad file changes
// nothing and says why).
import { useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { exportSiteList, mergeSiteList, readSiteListFile, type SiteListProblem } from '@/lib/settings/site-list';
import type { OptionsStrings } from './strings';
import { downloadJson } from '../../components/download';
import { FileTransfer, megabytes, type TransferStatus } from '../../components/FileTransfer';

interface Props {
  settings: Settings;
  t: OptionsStrings;
  /** Resolves false when storage refused the change (the page says why). */
  onChange: (settings: Settings) => Promise<boolean>;
}

function explain(t: OptionsStrings, problem: SiteListProblem): string {
  switch (problem.code) {
    case 'too-big':
      return t.fileTooBig(megabytes(problem.bytes), megabytes(problem.max));
    case 'unreadable':
      return t.unreadable(problem.message);
    case 'not-json':
      return t.notJson;
    case 'not-a-site-list':
      return t.notSiteList;
    case 'bad-host':
      return t.badFileHost(problem.host);
    case 'bad-mode':
      return t.badFileMode(problem.host, problem.mode);
  }
}

export function SiteListFile({ settings, t, onChange }: Props) {
  const [status, setStatus] = useState<TransferStatus>({ phase: 'idle' });

  const importFile = async (file: File) => {
    const parsed = await readSiteListFile(file);
    if (!parsed.ok) return setStatus({ phase: 'error', message: explain(t, parsed.problem) });
    setStatus({ phase: 'idle' });
    if (await onChange(mergeSiteList(settings, parsed.value))) setStatus({ phase: 'done', message: t.imported(Object.keys(parsed.value).length) });
  };

  return (
    <FileTransfer
      exportLabel={t.exportList}
      onExport={() => downloadJson(exportSiteList(settings), 'treaty-lens-sites.json')}
      importLabel={t.importList}
      onImport={(file) => void importFile(file)}
      status={status}
    />
  );
}
