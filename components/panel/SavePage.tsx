// "Save this page to my corpus": reads the tab's main article through the content script,
// cleans it into a document, and stores it — or says plainly why it did not.
import { useState } from 'react';
import { userDocumentFromPage, type PageProblem } from '@/lib/user-corpus/from-page';
import { MAX_DOCUMENT_CHARS } from '@/lib/user-corpus/schema';
import { docHref } from './links';
import { readActivePage, type ReadProblem } from './page-tab';
import type { UserCorpus } from './use-user-corpus';

const count = (n: number) => n.toLocaleString('en');

const TEXT = {
  button: 'Save this page to my corpus',
  reading: 'Reading the page…',
  saving: 'Saving…',
  saved: (title: string, n: number) => `Saved “${title}” (${n} paragraphs).`,
  open: 'Open it',
  problem: (p: ReadProblem | PageProblem): string => {
    switch (p.code) {
      case 'no-tab':
        return 'There is no page in this window to save.';
      case 'unreachable':
        return 'Treaty Lens cannot read this tab: it does not run on browser pages or the extension store. If the page was open before Treaty Lens was installed, reload it.';
      case 'bad-reply':
        return 'The page’s text could not be read. Nothing was saved.';
      case 'too-large':
        return `This page is too long to save: ${count(p.chars)} characters of text, and the limit is ${count(MAX_DOCUMENT_CHARS)}. Nothing was saved.`;
      case 'empty':
        return 'This page has no article text to save.';
      case 'no-chinese':
        return 'This page has no Chinese text to save; Treaty Lens keeps Chinese documents only.';
    }
  },
  failed: (message: string) => `Saving failed and nothing was stored: ${message}`,
};

type Status =
  | { phase: 'idle' }
  | { phase: 'busy'; message: string }
  | { phase: 'saved'; message: string; docId: string }
  | { phase: 'error'; message: string };

export function SavePage({ user }: { user: UserCorpus }) {
  const [status, setStatus] = useState<Status>({ phase: 'idle' });

  const save = async () => {
    setStatus({ phase: 'busy', message: TEXT.reading });
    const read = await readActivePage();
    if (!read.ok) return setStatus({ phase: 'error', message: TEXT.problem(read.problem) });
    const built = userDocumentFromPage(read.page, new Date().toISOString());
    if (!built.ok) return setStatus({ phase: 'error', message: TEXT.problem(built.problem) });
    setStatus({ phase: 'busy', message: TEXT.saving });
    try {
      const record = await user.save(built.doc);
      setStatus({ phase: 'saved', message: TEXT.saved(record.doc.title, record.doc.paragraphs.length), docId: record.id });
    } catch (err) {
      setStatus({ phase: 'error', message: TEXT.failed(err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <div className="save-page">
      <button type="button" onClick={() => void save()} disabled={status.phase === 'busy' || user.records === undefined}>
        {TEXT.button}
      </button>
      <p role="status" className="save-status">
        {(status.phase === 'busy' || status.phase === 'saved') && status.message}
        {status.phase === 'saved' && (
          <>
            {' '}
            <a href={docHref(status.docId)}>{TEXT.open}</a>
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
