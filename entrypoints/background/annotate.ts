// Answers the content script's annotate requests with matches and the tooltip entries
// they need.
import { annotateFast, annotateText } from '@/lib/annotate/annotate';
import { corpus } from '@/lib/corpus/data';
import { glossary } from '@/lib/glossary/data';
import { createFastMatcher, type FastMatcher } from '@/lib/glossary/fast-matcher';
import { createMatcher, type Match, type Matcher } from '@/lib/glossary/matcher';
import { createTitleIndex, findAgreementTitles, titleEntryId, withTitleMatches, type CorpusTitleDoc } from '@/lib/glossary/agreement-titles';
import { TITLE_CATEGORY } from '@/lib/glossary/title-kinds';
import { buildTooltipEntries } from '@/lib/glossary/tooltip-entry';
import type { AnnotateRequest, AnnotateResponse, TooltipEntry } from '@/lib/messaging/messages';
import { getSegmenter } from './segmenter';

// Built on the first annotate request, not when the worker wakes (it also wakes for the
// badge and the side panel).
let matcher: Matcher | undefined;
let fastMatcher: FastMatcher | undefined;
let tooltipEntries: Map<string, TooltipEntry> | undefined;
let titleIndex: ((title: string) => CorpusTitleDoc | undefined) | undefined;

/** The first stage at once; jieba starts warming for the second as soon as a page asks. */
function matchFast(request: AnnotateRequest): Match[] {
  matcher ??= createMatcher(glossary.matcher);
  void getSegmenter(matcher.userWords).catch(() => undefined);
  fastMatcher ??= createFastMatcher(glossary.matcher);
  const start = performance.now();
  const matches = annotateFast(request.text, fastMatcher, { pageRelated: request.pageRelated });
  performance.measure('treaty-lens:match', { start, end: performance.now(), detail: { chars: request.text.length } });
  return matches;
}

async function matchSettled(request: AnnotateRequest): Promise<Match[]> {
  matcher ??= createMatcher(glossary.matcher);
  const segmenter = await getSegmenter(matcher.userWords);
  const start = performance.now();
  const matches = annotateText(request.text, segmenter, matcher, { pageRelated: request.pageRelated });
  performance.measure('treaty-lens:segment', { start, end: performance.now(), detail: { chars: request.text.length } });
  return matches;
}

export async function annotate(request: AnnotateRequest): Promise<AnnotateResponse> {
  try {
    const glossaryMatches = request.stage === 'fast' ? matchFast(request) : await matchSettled(request);
    tooltipEntries ??= buildTooltipEntries(glossary, corpus);
    titleIndex ??= createTitleIndex(corpus);
    const titles = findAgreementTitles(request.text, glossaryMatches, titleIndex);
    const matches = withTitleMatches(glossaryMatches, titles);
    const entries: Record<string, TooltipEntry> = {};
    for (const m of matches) {
      const entry = tooltipEntries.get(m.entryId);
      if (entry) entries[m.entryId] = entry;
    }
    for (const t of titles) {
      const { doc } = t;
      entries[titleEntryId(t.title)] = {
        id: titleEntryId(t.title),
        term: t.title,
        pinyin: '',
        english: '',
        category: TITLE_CATEGORY,
        definitionEn: '',
        definitionZh: '',
        related: [],
        corpus: doc ? [{ docId: doc.docId, paraId: doc.paraId, year: doc.year, title: doc.title }] : [],
        titleKind: t.kind,
      };
    }
    return { ok: true, matches: matches.map((m) => [m.entryId, m.start, m.end]), entries };
  } catch (err) {
    console.error('[Treaty Lens] annotate failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
