// Finding a glossary entry the way a reader types it: Chinese in either script (the
// matcher's forms include the traditional ones derived at build time), pinyin with or
// without tone marks or tone numbers ("Shànghǎi", "shanghai hezuo zuzhi", "shang4hai3"),
// English words in any order ("Shanghai Cooperation", "SCO"), or Russian and Kazakh words
// in any order, regardless of case and of ё/е ("шанхайская организация", "ШОС"). Pure, so it
// is tested without a browser.
import { normalizeForm } from '../text/normalize';
import type { CompiledEntry, CompiledGlossary } from './compiled';
import type { Category } from './categories';
import { foldCyrillic, hasCyrillic } from '../text/cyrillic';
import { hasHan } from '../text/han';
import { foldSpelling } from './spelling';

export type CategoryFilter = Category | 'all';

/** How well an entry matches: 0 exactly, 1 at its start, 2 somewhere inside. */
type Rank = 0 | 1 | 2;

interface Searchable {
  entry: CompiledEntry;
  /** Simplified and traditional forms, normalised like page text. */
  forms: string[];
  /** Folded pinyin, and the offsets in it where a pinyin word starts. */
  pinyin: string;
  pinyinStarts: Set<number>;
  /** Folded English words of the rendering, and of the abbreviation. */
  english: string[];
  abbr: string[];
  /** Folded English words of each alternative rendering ("three evils"). */
  alternatives: string[][];
  /** Folded words of the Russian and Kazakh names, each abbreviation in brackets a name of its own. */
  cyrillic: string[][];
}


/** Lower case, no tone marks or tone numbers, ü as u, no spaces or apostrophes. */
export function foldPinyin(text: string): string {
  return foldLatin(text).replace(/[^a-z]/g, '');
}

/** Lower-case ASCII words: accents and punctuation go, so "Communiqué" is "communique";
 * British and older spellings are written one way (spelling.ts). */
function englishWords(text: string): string[] {
  return foldLatin(text).split(/[^a-z0-9]+/).filter(Boolean).map(foldSpelling);
}

/** Folded Cyrillic words: "Совет глав государств-членов ШОС" → совет, глав, государств, членов, шос. */
function cyrillicWords(text: string): string[] {
  return foldCyrillic(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** "Шанхайская организация сотрудничества (ШОС)" is two names: the full one and ШОС. */
function cyrillicNames(entry: CompiledEntry): string[][] {
  return [entry.ru, entry.kk]
    .filter((name): name is string => name !== undefined)
    .flatMap((name) => [name.replace(/\s*\([^)]*\)/g, ''), ...[...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!)])
    .map(cyrillicWords)
    .filter((words) => words.length > 0);
}

function foldLatin(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function pinyinIndex(pinyin: string): { pinyin: string; pinyinStarts: Set<number> } {
  const starts = new Set<number>();
  let folded = '';
  for (const word of foldLatin(pinyin).split(/[^a-z]+/)) {
    if (!word) continue;
    starts.add(folded.length);
    folded += word;
  }
  return { pinyin: folded, pinyinStarts: starts };
}

function chineseRank(s: Searchable, query: string): Rank | undefined {
  if (s.forms.includes(query)) return 0;
  if (s.forms.some((f) => f.startsWith(query))) return 1;
  if (s.forms.some((f) => f.includes(query))) return 2;
  return undefined;
}

/** Pinyin matches from the start of a pinyin word: "zuzhi" finds Zǔzhī, "uzhi" finds nothing. */
function pinyinRank(s: Searchable, query: string): Rank | undefined {
  if (query.length < 2) return undefined;
  if (s.pinyin === query) return 0;
  for (let at = s.pinyin.indexOf(query); at >= 0; at = s.pinyin.indexOf(query, at + 1)) {
    if (s.pinyinStarts.has(at)) return at === 0 ? 1 : 2;
  }
  return undefined;
}

/** Every query word starts a word of the English, in any order. */
function englishRank(s: Searchable, words: readonly string[]): Rank | undefined {
  if (words.length === 0) return undefined;
  const all = [...s.english, ...s.abbr];
  if (!words.every((w) => all.some((e) => e.startsWith(w)))) return undefined;
  if (words.join(' ') === s.english.join(' ') || (s.abbr.length > 0 && words.join(' ') === s.abbr.join(' '))) return 0;
  return s.english[0]?.startsWith(words[0]!) ? 1 : 2;
}

/** Every query word starts a word of one alternative rendering; never above a match of the main one. */
function alternativeRank(s: Searchable, words: readonly string[]): Rank | undefined {
  if (words.length === 0) return undefined;
  const hit = s.alternatives.filter((alt) => words.every((w) => alt.some((e) => e.startsWith(w))));
  if (hit.length === 0) return undefined;
  return hit.some((alt) => alt.join(' ') === words.join(' ')) ? 1 : 2;
}

/** Every query word starts a word of one name; 0 for the whole name, 1 when it starts the name. */
function cyrillicRank(s: Searchable, words: readonly string[]): Rank | undefined {
  if (words.length === 0) return undefined;
  const hit = s.cyrillic.filter((name) => words.every((w) => name.some((n) => n.startsWith(w))));
  if (hit.length === 0) return undefined;
  if (hit.some((name) => name.join(' ') === words.join(' '))) return 0;
  return hit.some((name) => name[0]!.startsWith(words[0]!)) ? 1 : 2;
}

function rankOf(s: Searchable, query: string): Rank | undefined {
  if (hasHan(query)) return chineseRank(s, normalizeForm(query));
  if (hasCyrillic(query)) return cyrillicRank(s, cyrillicWords(query));
  const words = englishWords(query);
  const ranks = [pinyinRank(s, foldPinyin(query)), englishRank(s, words), alternativeRank(s, words)].filter((r): r is Rank => r !== undefined);
  return ranks.length === 0 ? undefined : (Math.min(...ranks) as Rank);
}

export interface GlossaryBrowser {
  /** Entries of a category (or all) that match the query, best first; all of them, by pinyin, for an empty query. */
  find(query: string, category: CategoryFilter): CompiledEntry[];
}

export function createGlossaryBrowser(glossary: CompiledGlossary): GlossaryBrowser {
  const formsOf = new Map<string, string[]>();
  for (const [form, id] of glossary.matcher.forms) if (id !== null) formsOf.set(id, [...(formsOf.get(id) ?? []), form]);
  const searchable: Searchable[] = glossary.entries
    .map((entry) => ({
      entry,
      forms: [...new Set([entry.term, ...entry.variants].map(normalizeForm).concat(formsOf.get(entry.id) ?? []))],
      ...pinyinIndex(entry.pinyin),
      english: englishWords(entry.english),
      abbr: englishWords(entry.abbr ?? ''),
      alternatives: (entry.alternatives ?? []).map((alt) => englishWords(alt.text)),
      cyrillic: cyrillicNames(entry),
    }))
    .sort((a, b) => a.pinyin.localeCompare(b.pinyin) || a.entry.term.localeCompare(b.entry.term));

  return {
    find(query, category) {
      const inCategory = searchable.filter((s) => category === 'all' || s.entry.category === category);
      const q = query.trim();
      if (!q) return inCategory.map((s) => s.entry);
      return inCategory
        .map((s) => ({ s, rank: rankOf(s, q) }))
        .filter((r): r is { s: Searchable; rank: Rank } => r.rank !== undefined)
        // Shorter terms first within a rank: 上海合作组织 before the councils named after it.
        .sort((a, b) => a.rank - b.rank || a.s.entry.term.length - b.s.entry.term.length)
        .map((r) => r.s.entry);
    },
  };
}
