// What a lookup answers, the same in the background and the command-line tool: the
// glossary entries a text contains (the annotator's matching) and its dictionary words,
// each with every reading and, for a longer word, each character's readings.
import { annotateText } from '../annotate/annotate';
import type { GlossaryBrowser } from '../glossary/browse';
import type { CompiledEntry } from '../glossary/compiled';
import type { Matcher } from '../glossary/matcher';
import type { GlossaryHit, LookedUpWord, LookUpAtResult, LookUpResult } from '../messaging/messages';
import type { Segmenter } from '../segment/segmenter';
import { hasCyrillic } from '../text/cyrillic';
import { normalize } from '../text/normalize';
import type { Dictionary, DictionaryEntry } from './dictionary';
import { searchDictionary } from './search';
import { candidatesAt, candidatesOf, hasHanIn, wordAt, wordsOfText } from './words-of-text';

/** A card shows a selection's words, not a chapter's. */
const MAX_WORDS = 40;

export interface LookUpDeps {
  segmenter: Segmenter;
  matcher: Matcher;
  dictionary: Dictionary;
  glossaryEntries: ReadonlyMap<string, CompiledEntry>;
  /** The glossary's own search (Russian and Kazakh names among the rest); built when first asked for. */
  glossaryBrowser(): GlossaryBrowser;
}

/** Glossary entries a Russian or Kazakh query may name. */
const MAX_NAMED = 10;

const hitOf = (entry: CompiledEntry): GlossaryHit => ({ id: entry.id, term: entry.term, pinyin: entry.pinyin, english: entry.english });

/** The word and its characters must be prepared. */
function lookedUpWord(dictionary: Dictionary, text: string, entries: DictionaryEntry[] = dictionary.lookup(text)): LookedUpWord {
  const chars = [...text];
  return {
    text,
    entries,
    characters: chars.length > 1 ? chars.map((character) => ({ character, entries: dictionary.lookup(character) })) : [],
  };
}

export async function lookUpText(query: string, deps: Omit<LookUpDeps, 'glossaryBrowser'>): Promise<LookUpResult> {
  const text = normalize(query).text;
  const glossary: GlossaryHit[] = [];
  // An explicit request: ambiguous terms count without waiting for the page's verdict.
  for (const m of annotateText(text, deps.segmenter, deps.matcher, { pageRelated: true })) {
    const entry = deps.glossaryEntries.get(m.entryId);
    if (entry && !glossary.some((g) => g.id === entry.id)) glossary.push(hitOf(entry));
  }
  const tokens = deps.segmenter.tokenize(text);
  // Every piece of a token, single characters included: the words and their breakdown.
  await deps.dictionary.prepare(candidatesOf(tokens, deps.dictionary.maxLength));
  const words = wordsOfText(tokens, deps.dictionary, MAX_WORDS).map((w) => lookedUpWord(deps.dictionary, w));
  return { query, glossary, words };
}

/** The side panel's field: Chinese is looked up as text; anything else is pinyin or English. */
export async function lookUpQuery(query: string, deps: LookUpDeps): Promise<LookUpResult> {
  const text = normalize(query).text;
  if (hasHanIn(text)) return lookUpText(query, deps);
  if (hasCyrillic(text)) return lookUpByName(query, deps);
  const found = await searchDictionary(deps.dictionary, query, MAX_WORDS);
  await deps.dictionary.prepare(found.flatMap((e) => [...e.simplified]));
  const words: LookedUpWord[] = [];
  for (const entry of found) {
    const word = words.find((w) => w.text === entry.simplified);
    if (word) word.entries.push(entry);
    else words.push(lookedUpWord(deps.dictionary, entry.simplified, [entry]));
  }
  return { query, glossary: [], words };
}

/**
 * Russian or Kazakh (CC-CEDICT has neither): the glossary entries of that name
 * ("шанхайская организация", "ШОС", "Қазақстан"), and the dictionary's words for their terms.
 */
async function lookUpByName(query: string, deps: LookUpDeps): Promise<LookUpResult> {
  const named = deps.glossaryBrowser().find(query, 'all').slice(0, MAX_NAMED);
  await deps.dictionary.prepare(named.flatMap((e) => [e.term, ...e.term]));
  const words = named.filter((e) => deps.dictionary.has(e.term)).map((e) => lookedUpWord(deps.dictionary, e.term));
  return { query, glossary: named.map(hitOf), words };
}

/** The word under the pointer: `text` is the few dozen characters around it, `offset` the
 * pointer's position in them; the answer says where in `text` the word lies. */
export async function lookUpWordAt(text: string, offset: number, deps: LookUpDeps): Promise<LookUpAtResult> {
  const tokens = deps.segmenter.tokenize(text);
  await deps.dictionary.prepare(candidatesAt(tokens, text, offset, deps.dictionary.maxLength));
  const span = wordAt(tokens, text, offset, deps.dictionary);
  if (!span) return { result: { query: '', glossary: [], words: [] }, start: offset, end: offset };
  const word = text.slice(span.start, span.end);
  return { result: { query: word, glossary: [], words: [lookedUpWord(deps.dictionary, word)] }, ...span };
}
