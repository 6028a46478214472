// Answers look-up messages (the side panel's field; a selection or the word under the
// pointer from the content script) with glossary entries and dictionary words.
import { createGlossaryBrowser, type GlossaryBrowser } from '@/lib/glossary/browse';
import { glossary } from '@/lib/glossary/data';
import { createMatcher, type Matcher } from '@/lib/glossary/matcher';
import type { CompiledEntry } from '@/lib/glossary/compiled';
import { longestMatchSegmenter } from '@/lib/dictionary/longest-match';
import { lookUpQuery, lookUpText, lookUpWordAt, type LookUpDeps } from '@/lib/dictionary/look-up';
import { normalize } from '@/lib/text/normalize';
import type { LookUp, LookUpAt, LookUpAtResponse, LookUpResponse } from '@/lib/messaging/messages';
import { getDictionary } from './dictionary';
import { getSegmenter, startedSegmenter } from './segmenter';

let matcher: Matcher | undefined;
let glossaryEntries: Map<string, CompiledEntry> | undefined;
let glossaryBrowser: GlossaryBrowser | undefined;
let glossaryWords: Set<string> | undefined;

/**
 * The dictionary, loaded on the first lookup, and jieba if it has started; until it has,
 * the longest-match stand-in cuts this lookup's text, and jieba starts once it is answered.
 */
async function lookUpDeps(text: string): Promise<LookUpDeps & { cold: boolean }> {
  matcher ??= createMatcher(glossary.matcher);
  glossaryEntries ??= new Map(glossary.entries.map((e) => [e.id, e]));
  glossaryWords ??= new Set(matcher.userWords);
  const dictionary = await getDictionary();
  const jieba = startedSegmenter();
  const segmenter = jieba ?? (await longestMatchSegmenter(dictionary, [text, normalize(text).text], glossaryWords)) ?? (await getSegmenter(matcher.userWords));
  return { segmenter, matcher, dictionary, glossaryEntries, glossaryBrowser: () => (glossaryBrowser ??= createGlossaryBrowser(glossary)), cold: !jieba };
}

/** Runs a lookup, measured; a failure is an answer with its reason. */
async function answer<T extends object>(text: string, run: (deps: LookUpDeps) => Promise<T>): Promise<({ ok: true } & T) | { ok: false; error: string }> {
  try {
    const start = performance.now();
    const deps = await lookUpDeps(text);
    const result = await run(deps);
    performance.measure('treaty-lens:look-up', { start, end: performance.now(), detail: { chars: text.length, cold: deps.cold } });
    // After the answer is sent: jieba's start holds the worker for a moment.
    if (deps.cold) setTimeout(() => void getSegmenter(deps.matcher.userWords).catch(() => undefined), 0);
    return { ok: true, ...result };
  } catch (err) {
    console.error('[Treaty Lens] look-up failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export function lookUp(request: LookUp): Promise<LookUpResponse> {
  return answer(request.text, async (deps) => ({
    result: await (request.mode === 'search' ? lookUpQuery(request.text, deps) : lookUpText(request.text, deps)),
  }));
}

export function lookUpAt(request: LookUpAt): Promise<LookUpAtResponse> {
  return answer(request.text, (deps) => lookUpWordAt(request.text, request.offset, deps));
}
