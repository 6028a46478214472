// "Save this page to my corpus": reads the tab's main article through the content script,
// cleans it into a document, and stores it — or says plainly why it did not.
import { useState } from 'react';
import { userDocumentFromPage, type PageProblem } from '@/lib/user-corpus/from-page';
import { MAX_DOCUMENT_CHARS } from '@/lib/user-corpus/schema';
import { useText } from './lang';
import { docHref } from './links';
import { readPage, type ReadProblem } from './page-tab';
import { saveStrings } from './strings/saved';
import type { UserCorpus } from './use-user-corpus';

const count = (n: number) => n.toLocaleString('en');

/** Why a page could not be read or made a document (also said by the Compare view's "this page"). */
export function problemText(t: ReturnType<typeof saveStrings>, p: ReadProblem | PageProblem): string {
  switch (p.code) {
    case 'no-tab':
      return t.noTab;
    case 'unreachable':
      return t.unreachable;
    case 'bad-reply':
      return t.badReply;
    case 'too-large':
      return t.tooLarge(count(p.chars), count(MAX_DOCUMENT_CHARS));
    case 'empty':
      return t.empty;
    case 'no-chinese':
      return t.noChinese;
  }
}

type Status =
  | { phase: 'idle' }
  | { phase: 'busy'; message: string }
  | { phase: 'saved'; message: string; docId: string }
  | { phase: 'error'; message: string };

/** Saves the page in the tab the panel shows. */
export function SavePage({ user, tabId }: { user: UserCorpus; tabId: number | undefined }) {
  const t = useText(saveStrings);
  const [status, setStatus] = useState<Status>({ phase: 'idle' });

  const save = async () => {
    setStatus({ phase: 'busy', message: t.reading });
    const read = await readPage(tabId);
    if (!read.ok) return setStatus({ phase: 'error', message: problemText(t, read.problem) });
    const built = userDocumentFromPage(read.page, new Date().toISOString());
    if (!built.ok) return setStatus({ phase: 'error', message: problemText(t, built.problem) });
    setStatus({ phase: 'busy', message: t.saving });
    try {
      const record = await user.save(built.doc);
      setStatus({ phase: 'saved', message: t.saved(record.doc.title, record.doc.paragraphs.length), docId: record.id });
    } catch (err) {
      setStatus({ phase: 'error', message: t.failed(err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <div className="save-page">
      <button type="button" onClick={() => void save()} disabled={status.phase === 'busy' || user.records === undefined}>
        {t.button}
      </button>
      <p role="status" className="save-status">
        {(status.phase === 'busy' || status.phase === 'saved') && status.message}
        {status.phase === 'saved' && (
          <>
            {' '}
            <a href={docHref(status.docId)}>{t.open}</a>
          </>
        )}
      </p>
      {status.phase === 'error' && (
        <p role="alert" className="error">
          {status.message}
        </p>
      )}
    </div>
  );
}
