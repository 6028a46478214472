// The user's saved documents: open, remove (with undo), export and import.
import { useState } from 'react';
import type { UserRecord } from '@/lib/user-corpus/record';
import { ImportExport } from './ImportExport';
import { docHref } from './links';
import type { UserCorpus } from './use-user-corpus';

const TEXT = {
  heading: 'My saved pages',
  loading: 'Loading your saved pages…',
  none: 'No saved pages yet. Open a Chinese article and choose “Save this page to my corpus”.',
  saved: (date: string) => `saved ${date}`,
  remove: 'Remove',
  removeLabel: (title: string) => `Remove “${title}”`,
  removed: (title: string) => `Removed “${title}”.`,
  undo: 'Undo',
  failed: (message: string) => `That did not work and nothing changed: ${message}`,
  loadError: (message: string) => `Your saved pages could not be loaded: ${message}`,
};

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function SavedPages({ user }: { user: UserCorpus }) {
  const [removed, setRemoved] = useState<UserRecord>();
  const [error, setError] = useState<string>();
  const records = [...(user.records ?? [])].sort((a, b) => b.doc.savedAt.localeCompare(a.doc.savedAt));

  const attempt = (run: () => Promise<void>) => {
    setError(undefined);
    run().catch((err: unknown) => setError(TEXT.failed(err instanceof Error ? err.message : String(err))));
  };

  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">{TEXT.heading}</h2>
      {user.loadError && <p role="alert" className="error">{TEXT.loadError(user.loadError)}</p>}
      {user.records === undefined ? (
        <p aria-busy="true">{TEXT.loading}</p>
      ) : records.length === 0 ? (
        <p className="muted">{TEXT.none}</p>
      ) : (
        <ul className="saved-list">
          {records.map(({ id, doc }) => (
            <li key={id} data-doc={id}>
              <a href={docHref(id)} lang="zh-CN">
                {doc.title}
              </a>
              <span className="muted">
                {hostOf(doc.url)} · {TEXT.saved(doc.savedAt.slice(0, 10))}
              </span>
              <button
                type="button"
                className="link"
                aria-label={TEXT.removeLabel(doc.title)}
                onClick={() =>
                  attempt(async () => {
                    setRemoved(await user.remove(id));
                  })
                }
              >
                {TEXT.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">
        {removed && (
          <>
            {TEXT.removed(removed.doc.title)}{' '}
            <button
              type="button"
              className="link"
              onClick={() =>
                attempt(async () => {
                  await user.restore(removed);
                  setRemoved(undefined);
                })
              }
            >
              {TEXT.undo}
            </button>
          </>
        )}
      </p>
      {error && <p role="alert" className="error">{error}</p>}
      <ImportExport user={user} />
    </section>
  );
}
