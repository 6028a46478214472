// The user's saved documents: open, remove (with undo), export and import.
import { useState } from 'react';
import type { UserRecord } from '@/lib/user-corpus/record';
import { ImportExport } from './ImportExport';
import { useText } from './lang';
import { docHref } from './links';
import { savedPagesStrings } from './strings/saved';
import type { UserCorpus } from './use-user-corpus';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function SavedPages({ user }: { user: UserCorpus }) {
  const t = useText(savedPagesStrings);
  const [removed, setRemoved] = useState<UserRecord>();
  const [error, setError] = useState<string>();
  const records = [...(user.records ?? [])].sort((a, b) => b.doc.savedAt.localeCompare(a.doc.savedAt));

  const attempt = (run: () => Promise<void>) => {
    setError(undefined);
    run().catch((err: unknown) => setError(t.failed(err instanceof Error ? err.message : String(err))));
  };

  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t.heading}</h2>
      {user.loadError && <p role="alert" className="error">{t.loadError(user.loadError)}</p>}
      {user.records === undefined ? (
        <p aria-busy="true">{t.loading}</p>
      ) : records.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="saved-list">
          {records.map(({ id, doc }) => (
            <li key={id} data-doc={id}>
              <a href={docHref(id)} lang="zh-CN">
                {doc.title}
              </a>
              <span className="muted">
                {hostOf(doc.url)} · {t.saved(doc.savedAt.slice(0, 10))}
              </span>
              <button
                type="button"
                className="link"
                aria-label={t.removeLabel(doc.title)}
                onClick={() =>
                  attempt(async () => {
                    setRemoved(await user.remove(id));
                  })
                }
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">
        {removed && (
          <>
            {t.removed(removed.doc.title)}{' '}
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
              {t.undo}
            </button>
          </>
        )}
      </p>
      {error && <p role="alert" className="error">{error}</p>}
      <ImportExport user={user} />
    </section>
  );
}
