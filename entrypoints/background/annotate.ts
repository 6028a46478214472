// Answers the content script's annotate requests with matches and the tooltip entries
// they need.
import { annotateFast, annotateText } from '@/lib/annotate/annotate';
import { corpus } from '@/lib/corpus/data';
import { createTitleIndex, pageMatches, titleEntryId, type CorpusTitleDoc } from '@/lib/glossary/agreement-titles';
import { glossary } from '@/lib/glossary/data';
import { createFastMatcher, type FastMatcher } from '@/lib/glossary/fast-matcher';
import { createMatcher, type Match, type Matcher } from '@/lib/glossary/matcher';
import { TITLE_CATEGORY } from '@/lib/glossary/title-kinds';
import { buildTooltipEntries } from '@/lib/glossary/tooltip-entry';
import type { AnnotateRequest, AnnotateResponse, TooltipEntry } from '@/lib/messaging/messages';
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

export async function annotate(request: AnnotateRequest): Promise<AnnotateResponse> {
  try {
    const m = await currentMatchers();
    const glossaryMatches = request.stage === 'fast' ? matchFast(request, m) : await matchSettled(request, m);
    tooltipEntries ??= buildTooltipEntries(glossary, corpus);
    titleIndex ??= createTitleIndex(corpus);
    const { matches, titles } = pageMatches(request.text, glossaryMatches, titleIndex);
    const entries: Record<string, TooltipEntry> = {};
    const known = new Set(request.known);
    for (const match of matches) {
      const entry = m.userEntries.get(match.entryId) ?? tooltipEntries.get(match.entryId);
      if (entry && !known.has(match.entryId)) entries[match.entryId] = entry;
    }
    for (const t of titles) {
      if (known.has(titleEntryId(t.title))) continue;
      const { doc } = t;
      entries[titleEntryId(t.title)] = {
        id: titleEntryId(t.title),
        term: t.title,
        pinyin: '',
        english: '',
        // No rendering is shown for a title, so there is none to flag.
        englishVerified: true,
        category: TITLE_CATEGORY,
        definitionEn: '',
        definitionZh: '',
        related: [],
        corpus: doc ? [{ docId: doc.docId, paraId: doc.paraId, year: doc.year, title: doc.title }] : [],
        titleKind: t.kind,
      };
    }
    return { ok: true, ...encodeSpans(matches), entries };
  } catch (err) {
    console.error('[Treaty Lens] annotate failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The entries (glossary and the reader's) a short text mentions, by the fast stage alone. */
export async function entriesIn(text: string): Promise<Set<string>> {
  const m = await currentMatchers();
  return new Set(annotateFast(text, m.fast).map((x) => x.entryId));
}
