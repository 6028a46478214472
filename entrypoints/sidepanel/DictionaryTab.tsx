// The dictionary tab: look any word up, and the word list it saves to.
import { DictionaryLookup } from './DictionaryLookup';
import type { WordList as WordListState } from './use-word-list';
import { WordList } from './WordList';

export function DictionaryTab({ list }: { list: WordListState }) {
  return (
    <>
      <DictionaryLookup list={list} />
      <WordList list={list} />
    </>
  );
}
