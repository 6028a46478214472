// Titles in 《…》 that the glossary does not have are still agreements or documents when
// their ending says so (…协定, …联合声明): the page gets a highlight and a card that says
// what kind of document it is and whether the bundled corpus holds it. Titles without such
// an ending (newspapers, books, films) are left alone.
import { bracketedTitles } from '../corpus/citations';
import type { Corpus } from '../corpus/schema';
import { normalizeForm } from '../text/normalize';
import type { Match } from './matcher';
import { ENDINGS, type TitleKind } from './title-kinds';

// Traditional → simplified for exactly the characters of the corpus titles, the endings and the
// parties' names (a test derives them with OpenCC and checks this table covers them), so a
// page from Taiwan or Hong Kong finds the same document without a converter in the extension.
const SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'習納爾總統舉會談鄰贏戰關係圖說説華國薩聯於發聲報紹亞帶況聞場風峯動時諒備錄議書條約協憲綱規劃計決線與夥'].map((t, i) => [
    t,
    [...'习纳尔总统举会谈邻赢战关系图说说华国萨联于发声报绍亚带况闻场风峰动时谅备录议书条约协宪纲规划计决线与伙'][i]!,
  ]),
);

function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += SIMPLIFIED[ch] ?? ch;
  return out;
}

// The parties' full names and the ways the texts join them, shortened to one form.
const PARTIES: readonly [RegExp, string][] = [
  [/中华人民共和国(?:政府)?/g, '中国'],
  [/哈萨克斯坦共和国(?:政府)?/g, '哈萨克斯坦'],
  [/中国(?:和|与|同)哈萨克斯坦/g, '中哈'],
];

/** The form two writings of one title share: simplified, normalised, the parties shortened. */
export function titleKey(title: string): string {
  const simplified = toSimplified(normalizeForm(title).replace(/\s+/g, ''));
  return PARTIES.reduce((t, [full, short]) => t.replace(full, short), simplified);
}

const TITLE_ID_PREFIX = 'title:';
/** Longer "titles" are text between stray brackets; the limit also keeps a title's id within an id's 200 characters. */
const TITLE_MAX_CHARS = 190;

/** What kind of document a title names, from its ending; undefined for anything else. */
export function titleKind(title: string): TitleKind | undefined {
  const simplified = toSimplified(title.trim());
  return ENDINGS.find(([ending]) => simplified.endsWith(ending))?.[1];
}

/** A bundled document a title can name: its id, first paragraph, year and title. */
export interface CorpusTitleDoc {
  docId: string;
  paraId: string;
  year: string;
  title: string;
}

/** Looks titles up among the corpus documents' titles and the cited forms of its bundled agreements. */
export function createTitleIndex(corpus: Corpus): (title: string) => CorpusTitleDoc | undefined {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const byKey = new Map<string, CorpusTitleDoc>();
  const add = (title: string, docId: string) => {
    const doc = docs.get(docId);
    const key = titleKey(title);
    if (!doc || byKey.has(key)) return;
    byKey.set(key, { docId, paraId: doc.paragraphs[0]!.id, year: doc.date.slice(0, 4), title: doc.title });
  };
  for (const d of corpus.documents) add(d.title, d.id);
  for (const a of corpus.agreements) {
    if (a.documentId !== null) for (const form of [a.title, ...a.aliases]) add(form, a.documentId);
  }
  return (title) => byKey.get(titleKey(title));
}

export interface TitleMatch {
  /** As written, without 《》. */
  title: string;
  kind: TitleKind;
  /** The title inside the brackets, in the text's offsets. */
  start: number;
  end: number;
  doc: CorpusTitleDoc | undefined;
}

/**
 * The bracketed titles of a text that name a document and that the glossary does not have
 * (no glossary match covers exactly the title).
 */
export function findAgreementTitles(
  text: string,
  glossaryMatches: readonly Match[],
  lookUp: (title: string) => CorpusTitleDoc | undefined,
): TitleMatch[] {
  const known = new Set(glossaryMatches.map((m) => `${m.start}:${m.end}`));
  const found: TitleMatch[] = [];
  for (const b of bracketedTitles(text)) {
    const start = b.start + 1;
    const end = b.end - 1;
    const title = text.slice(start, end);
    const kind = titleKind(title);
    if (kind === undefined || title.length > TITLE_MAX_CHARS || known.has(`${start}:${end}`)) continue;
    found.push({ title, kind, start, end, doc: lookUp(title) });
  }
  return found;
}

/** The id under which a title match and its card travel with the glossary's matches. */
export function titleEntryId(title: string): string {
  return `${TITLE_ID_PREFIX}${title}`;
}

/** The title a title match's id names; undefined for any other id. */
export function titleOfEntryId(entryId: string): string | undefined {
  return entryId.startsWith(TITLE_ID_PREFIX) ? entryId.slice(TITLE_ID_PREFIX.length) : undefined;
}

/**
 * Glossary matches with the title matches in: a title is the longer span, so it replaces the
 * glossary matches inside it (中哈 inside 《中哈…谅解备忘录》), as the longest form wins
 * elsewhere. A glossary match that crosses a title's brackets keeps its place and the title
 * goes unmarked.
 */
export function withTitleMatches(matches: readonly Match[], titles: readonly TitleMatch[]): Match[] {
  const kept = titles.filter((t) => !matches.some((m) => m.start < t.end && m.end > t.start && (m.start < t.start || m.end > t.end)));
  const outside = matches.filter((m) => !kept.some((t) => m.start >= t.start && m.end <= t.end));
  const merged = [...outside, ...kept.map((t) => ({ entryId: titleEntryId(t.title), start: t.start, end: t.end }))];
  return merged.sort((a, b) => a.start - b.start);
}

/**
 * What a page shows: the glossary's matches with the agreement titles the glossary lacks, and
 * those titles for their cards. The extension, the command-line annotator and the blind-batch
 * score all go through here, so a score counts what a reader sees.
 */
export function pageMatches(
  text: string,
  glossaryMatches: readonly Match[],
  lookUp: (title: string) => CorpusTitleDoc | undefined,
): { matches: Match[]; titles: TitleMatch[] } {
  const titles = findAgreementTitles(text, glossaryMatches, lookUp);
  return { matches: withTitleMatches(glossaryMatches, titles), titles };
}
