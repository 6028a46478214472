// The lookup field: characters, pinyin (with or without tones) or English, asked of the
// background as the reader types; each word found can be saved to the word list.
import { useEffect, useState } from 'react';
import { askLookUp } from '@/lib/messaging/look-up';
import type { LookUpResult } from '@/lib/messaging/messages';
import { savedWordId } from '@/lib/word-list/schema';
import { dictionaryWordToSave } from '@/lib/word-list/to-save';
import { useText } from './lang';
import { entryHref } from './links';
import { LookedUpWordView } from './LookedUpWordView';
import { dictionaryStrings } from './strings/dictionary';
import type { WordList } from './use-word-list';

/** Typing pauses this long before a lookup is asked. */
const DEBOUNCE_MS = 200;

type State = { phase: 'idle' } | { phase: 'busy' } | { phase: 'done'; result: LookUpResult } | { phase: 'error'; message: string };

export function DictionaryLookup({ list }: { list: WordList }) {
  const t = useText(dictionaryStrings);
  const [query, setQuery] = useState('');
  const [answered, setState] = useState<State>({ phase: 'idle' });
  // An empty field shows nothing, whatever the last answer was.
  const state: State = query.trim() ? answered : { phase: 'idle' };
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      setState({ phase: 'busy' });
      void askLookUp(query, 'search').then((reply) => {
        if (!current) return;
        setState(reply.ok ? { phase: 'done', result: reply.result } : { phase: 'error', message: reply.error });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const ids = new Set(list.words?.map((w) => w.id));
  // Saved from the panel, the sentence is what was typed; the card will pass the page's.
  const entryOf = (text: string) => {
    const result = state.phase === 'done' ? state.result : undefined;
    const word = result?.words.find((w) => w.text === text);
    return dictionaryWordToSave(word ?? { text, entries: [] }, {
      sentence: result && result.query.trim() !== text ? result.query.trim() : '',
      title: t.lookedUpInPanel,
      url: '',
    });
  };

  const result = state.phase === 'done' ? state.result : undefined;
  return (
    <section aria-labelledby="dict-heading" className="dictionary">
      <h2 id="dict-heading">{t.heading}</h2>
      <form role="search" aria-label={t.searchRegion} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="dict-input">{t.field}</label>
        <input
          id="dict-input"
          type="search"
          value={query}
          maxLength={1000}
          placeholder={t.placeholder}
          autoComplete="off"
          aria-describedby="dict-hint"
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id="dict-hint" className="muted">
          {t.hint}
        </p>
      </form>
      <div aria-live="polite" className="dict-results">
        {state.phase === 'busy' && <p aria-busy="true">{t.searching}</p>}
        {state.phase === 'error' && <p role="alert" className="error">{t.failed(state.message)}</p>}
        {result && result.glossary.length === 0 && result.words.length === 0 && <p>{t.nothing}</p>}
        {result && result.glossary.length > 0 && (
          <section className="dict-glossary">
            <h3>{t.glossaryTerms}</h3>
            <ul>
              {result.glossary.map((g) => (
                <li key={g.id}>
                  <a href={entryHref(g.id)} lang="zh-CN">
                    {g.term}
                  </a>{' '}
                  <span className="muted">
                    {g.pinyin} · {g.english}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {result?.words.map((w) => {
          const entry = entryOf(w.text);
          return (
            <LookedUpWordView
              key={w.text}
              word={w}
              saved={ids.has(savedWordId(entry))}
              onSave={() => {
                setError(undefined);
                list.save(entry).catch((err: unknown) => setError(t.storeFailed(err instanceof Error ? err.message : String(err))));
              }}
            />
          );
        })}
        {error && <p role="alert" className="error">{error}</p>}
      </div>
      <p className="muted credit">{t.credit}</p>
    </section>
  );
}
