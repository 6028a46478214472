// The word list's files: CSV, Anki and JSON exports; a JSON import checked whole first,
// so a bad file is refused with its reason and changes nothing.
import { useState, type ChangeEvent } from 'react';
import { wordsToAnki, wordsToCsv, wordsToJson } from '@/lib/word-list/export';
import { parseWordListFile, type WordImportProblem } from '@/lib/word-list/import';
import { downloadText } from '../../components/download';
import { useText } from './lang';
import { dictionaryStrings, type DictionaryStrings } from './strings/dictionary';
import type { WordList } from './use-word-list';

/** Not translated: file names stay one form whatever the UI language. */
const fileName = (ext: string) => `treaty-lens-words-${new Date().toISOString().slice(0, 10)}.${ext}`;

function problemText(t: DictionaryStrings, p: WordImportProblem): string {
  switch (p.code) {
    case 'not-json':
      return t.notJson;
    case 'not-a-word-list':
      return t.notAWordList;
    case 'unsupported-version':
      return t.unsupportedVersion(JSON.stringify(p.version) ?? String(p.version));
    case 'too-many':
      return t.tooMany(p.count, p.max);
    case 'invalid-word':
      return t.invalidWord(p.index + 1, p.path, p.message);
  }
}

type Status = { phase: 'idle' } | { phase: 'done'; message: string } | { phase: 'error'; message: string };

export function WordListFile({ list }: { list: WordList }) {
  const t = useText(dictionaryStrings);
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const words = [...(list.words ?? [])].sort((a, b) => a.savedAt.localeCompare(b.savedAt));

  const importFile = async (file: File) => {
    const parsed = parseWordListFile(await file.text());
    if (!parsed.ok) return setStatus({ phase: 'error', message: problemText(t, parsed.problem) });
    try {
      const { added, skipped } = await list.importWords(parsed.words);
      setStatus({ phase: 'done', message: t.imported(added, skipped) });
    } catch (err) {
      setStatus({ phase: 'error', message: t.storeFailed(err instanceof Error ? err.message : String(err)) });
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    setStatus({ phase: 'idle' });
    if (file) void importFile(file);
  };

  const none = words.length === 0;
  return (
    <div className="transfer">
      <button type="button" disabled={none} onClick={() => downloadText(wordsToCsv(words), fileName('csv'), 'text/csv')}>
        {t.exportCsv}
      </button>
      <button type="button" disabled={none} onClick={() => downloadText(wordsToAnki(words), fileName('txt'), 'text/tab-separated-values')}>
        {t.exportAnki}
      </button>
      <button type="button" disabled={none} onClick={() => downloadText(wordsToJson(words, new Date().toISOString()), fileName('json'), 'application/json')}>
        {t.exportJson}
      </button>
      <label className="file-pick">
        {t.importJson}
        <input type="file" accept=".json,application/json" onChange={onFile} disabled={list.words === undefined} />
      </label>
      <p role="status" className="transfer-status">
        {status.phase === 'done' && status.message}
      </p>
      {status.phase === 'error' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
    </div>
  );
}
