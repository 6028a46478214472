// Export to a JSON file and import from one, with the line that says how it went: the site
// list on the options page, the saved pages and My terms in the side panel.
import { useRef } from 'react';
import './file-transfer.css';

export type TransferStatus =
  | { phase: 'idle' }
  | { phase: 'busy'; message: string; progress?: { done: number; total: number; label: string } }
  | { phase: 'done'; message: string }
  | { phase: 'error'; message: string };

interface Props {
  exportLabel: string;
  onExport: () => void;
  exportDisabled?: boolean;
  /** Further formats, each its own button beside the first (My terms: CSV beside JSON). */
  moreExports?: readonly { label: string; onExport: () => void }[];
  /** The file chooser's filter; JSON unless given. */
  accept?: string;
  importLabel: string;
  onImport: (file: File) => void;
  importDisabled?: boolean;
  status: TransferStatus;
}

/** A file size for messages: "2.5" (megabytes, one decimal). */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function FileTransfer({ exportLabel, onExport, exportDisabled, moreExports = [], accept = 'application/json,.json', importLabel, onImport, importDisabled, status }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const busy = status.phase === 'busy';
  return (
    <div className="transfer">
      <button type="button" onClick={onExport} disabled={exportDisabled}>
        {exportLabel}
      </button>
      {moreExports.map((e) => (
        <button key={e.label} type="button" onClick={e.onExport} disabled={exportDisabled}>
          {e.label}
        </button>
      ))}
      <button type="button" onClick={() => input.current?.click()} disabled={importDisabled || busy}>
        {importLabel}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again after fixing it
          if (file) onImport(file);
        }}
      />
      {busy && status.progress && <progress max={status.progress.total} value={status.progress.done} aria-label={status.progress.label} />}
      {/* Both live regions always exist, so screen readers announce what appears in them. */}
      <p role="status" className="transfer-status">
        {status.phase === 'busy' || status.phase === 'done' ? status.message : ''}
      </p>
      <p role="alert" className="error">
        {status.phase === 'error' ? status.message : ''}
      </p>
    </div>
  );
}
