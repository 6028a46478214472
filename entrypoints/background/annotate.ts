// Answers the content script's annotate requests with matches and each entry's category,
// and then its tooltip-entries request with the cards' entries.
import { annotateFast, annotateText } from '@/lib/annotate/annotate';
import { corpus } from '@/lib/corpus/data';
import { createTitleIndex, pageMatches, titleOfEntryId, type CorpusTitleDoc } from '@/lib/glossary/agreement-titles';
import { glossary } from '@/lib/glossary/data';
import { createFastMatcher, type FastMatcher } from '@/lib/glossary/fast-matcher';
import { createMatcher, type Match, type Matcher } from '@/lib/glossary/matcher';
import { TITLE_CATEGORY } from '@/lib/glossary/title-kinds';
import { buildTooltipEntries, titleTooltipEntry } from '@/lib/glossary/tooltip-entry';
import type { AnnotateRequest, AnnotateResponse, TooltipEntriesReply, TooltipEntriesRequest, TooltipEntry } from '@/lib/messaging/messages';
import { encodeSpans } from '@/lib/messaging/match-spans';
import { userTooltipEntry, withUserTerms } from '@/lib/user-terms/matcher-data';
import { createSegmenter, type Segmenter } from '@/lib/segment/segmenter';
import { normalizeForm } from '@/lib/text/normalize';
import { getJieba, getSegmenter } from './segmenter';
import { currentUserTerms, onUserTermsChanged } from './user-terms';

/** The glossary with the reader's terms in front, and the words jieba must also keep whole. */
interface Matchers {
  matcher: Matcher;
  fast: FastMatcher;
  userEntries: Map<string, TooltipEntry>;
  userWords: string[];
  /** The segmenter once the reader's words are in jieba's dictionary too. */
  segmenter?: Promise<Segmenter>;
}

// Built on the first annotate request, not when the worker wakes (it also wakes for the
// badge and the side panel); built again after the reader's terms change.
let matchers: Promise<Matchers> | undefined;
let glossaryWords: string[] | undefined;
let tooltipEntries: Map<string, TooltipEntry> | undefined;
let titleIndex: ((title: string) => CorpusTitleDoc | undefined) | undefined;

onUserTermsChanged(() => (matchers = undefined));

function currentMatchers(): Promise<Matchers> {
  matchers ??= currentUserTerms().then((terms) => {
    const data = withUserTerms(glossary.matcher, terms);
    const entries = terms.map(userTooltipEntry);
    return {
      matcher: createMatcher(data),
      fast: createFastMatcher(data),
      userEntries: new Map(entries.map((e) => [e.id, e])),
      userWords: terms.flatMap((t) => [t.term, ...t.variants]).map(normalizeForm),
    };
  });
  return matchers;
}

/** jieba with the glossary's words (once) and this list's own words (once per list). */
function segmenterFor(m: Matchers): Promise<Segmenter> {
  glossaryWords ??= glossary.matcher.forms.map(([form]) => form);
  m.segmenter ??= getSegmenter(glossaryWords).then((segmenter) => (m.userWords.length > 0 ? createSegmenter(getJieba(), m.userWords) : segmenter));
  // A failed start is not kept: the next request tries again.
  m.segmenter.catch(() => (m.segmenter = undefined));
  return m.segmenter;
}

/** The first stage at once; jieba starts warming for the second as soon as a page asks. */
function matchFast(request: AnnotateRequest, m: Matchers): Match[] {
  void segmenterFor(m).catch(() => undefined);
  const start = performance.now();
  const matches = annotateFast(request.text, m.fast, { pageRelated: request.pageRelated });
  performance.measure('treaty-lens:match', { start, end: performance.now(), detail: { chars: request.text.length } });
  return matches;
}

async function matchSettled(request: AnnotateRequest, m: Matchers): Promise<Match[]> {
  const segmenter = await segmenterFor(m);
  const start = performance.now();
  const matches = annotateText(request.text, segmenter, m.matcher, { pageRelated: request.pageRelated });
  performance.measure('treaty-lens:segment', { start, end: performance.now(), detail: { chars: request.text.length } });
  return matches;
}

/** An entry by id: the reader's, the glossary's or a title's; undefined for an id none knows. */
function entryFor(entryId: string, m: Matchers): TooltipEntry | undefined {
  tooltipEntries ??= buildTooltipEntries(glossary, corpus);
  titleIndex ??= createTitleIndex(corpus);
  const title = titleOfEntryId(entryId);
  if (title !== undefined) return titleTooltipEntry(entryId, title, titleIndex);
  return m.userEntries.get(entryId) ?? tooltipEntries.get(entryId);
}

export async function annotate(request: AnnotateRequest): Promise<AnnotateResponse> {
  try {
    const m = await currentMatchers();
    const glossaryMatches = request.stage === 'fast' ? matchFast(request, m) : await matchSettled(request, m);
    titleIndex ??= createTitleIndex(corpus);
    const { matches } = pageMatches(request.text, glossaryMatches, titleIndex);
    const { ids, spans } = encodeSpans(matches);
    // A title's category is known from its id; its card is built only when asked for.
    const categories = ids.map((id) => (titleOfEntryId(id) === undefined ? (entryFor(id, m)?.category ?? TITLE_CATEGORY) : TITLE_CATEGORY));
    return { ok: true, ids, categories, spans };
  } catch (err) {
    console.error('[Treaty Lens] annotate failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The tooltip entries of the ids an annotate reply named, once per page. */
export async function tooltipEntriesFor(request: TooltipEntriesRequest): Promise<TooltipEntriesReply> {
  const m = await currentMatchers();
  const entries: Record<string, TooltipEntry> = {};
  for (const id of request.ids) {
    const entry = entryFor(id, m);
    if (entry) entries[id] = entry;
  }
  return { entries };
}

/** The entries (glossary and the reader's) a short text mentions, by the fast stage alone. */
export async function entriesIn(text: string): Promise<Set<string>> {
  const m = await currentMatchers();
  return new Set(annotateFast(text, m.fast).map((x) => x.entryId));
}
