// The saved words: sorted by date or by word, searched, tagged, deleted; with their files.
import { useState } from 'react';
import { parseTags, type SavedWord } from '@/lib/word-list/schema';
import { SpeakButton } from '../../components/SpeakButton';
import { useText } from './lang';
import { dictionaryStrings } from './strings/dictionary';
import type { WordList as WordListState } from './use-word-list';
import { WordListFile } from './WordListFile';

type Sort = 'date' | 'term';

function matches(w: SavedWord, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return !needle || [w.word, w.pinyin, w.english, w.sentence, w.title, ...w.tags].some((f) => f.toLowerCase().includes(needle));
}

function TagsField({ word, onTags }: { word: SavedWord; onTags: (tags: string[]) => void }) {
  const t = useText(dictionaryStrings);
  const [text, setText] = useState(word.tags.join(', '));
  const commit = () => {
    const tags = parseTags(text);
    if (tags.join(',') !== word.tags.join(',')) onTags(tags);
  };
  return (
    <input
      className="word-tags"
      value={text}
      placeholder={t.tags}
      aria-label={t.tagsOf(word.word)}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function WordList({ list }: { list: WordListState }) {
  const t = useText(dictionaryStrings);
  const [sort, setSort] = useState<Sort>('date');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const all = list.words ?? [];
  const shown = all
    .filter((w) => matches(w, query))
    .sort((a, b) => (sort === 'date' ? b.savedAt.localeCompare(a.savedAt) : a.word.localeCompare(b.word, 'zh-CN')));

  const attempt = (run: Promise<void>) => {
    setError(undefined);
    run.catch((err: unknown) => setError(t.storeFailed(err instanceof Error ? err.message : String(err))));
  };

  return (
    <section aria-labelledby="words-heading" className="word-list">
      <h2 id="words-heading">{t.listHeading}</h2>
      {list.loadError && <p role="alert" className="error">{t.storeFailed(list.loadError)}</p>}
      {list.words === undefined ? (
        <p aria-busy="true">{t.loading}</p>
      ) : all.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <div className="word-tools">
            <input type="search" value={query} aria-label={t.search} placeholder={t.search} onChange={(e) => setQuery(e.target.value)} />
            <label>
              {t.sort}{' '}
              <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
                <option value="date">{t.byDate}</option>
                <option value="term">{t.byTerm}</option>
              </select>
            </label>
          </div>
          <p className="muted">{t.count(shown.length, all.length)}</p>
          <ul className="words">
            {shown.map((w) => (
              <li key={w.id} data-word={w.word}>
                <div>
                  <strong lang="zh-CN">{w.word}</strong> <span className="dict-pinyin">{w.pinyin}</span>
                  <SpeakButton text={w.word} label={t.speak(w.word)} />
                </div>
                <p className="word-english">{w.english}</p>
                {w.sentence && (
                  <p className="muted" lang="zh-CN">
                    {w.sentence}
                  </p>
                )}
                <p className="muted">
                  {w.url ? <a href={w.url} target="_blank" rel="noreferrer">{w.title || w.url}</a> : w.title} · {w.savedAt.slice(0, 10)}
                </p>
                <TagsField word={w} onTags={(tags) => attempt(list.setTags(w.id, tags))} />
                <button type="button" className="link" aria-label={t.removeLabel(w.word)} onClick={() => attempt(list.remove(w.id))}>
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <WordListFile list={list} />
    </section>
  );
}
