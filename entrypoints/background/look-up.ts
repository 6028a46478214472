// Answers look-up messages (the side panel's field; a selection or the word under the
// pointer from the content script) with glossary entries and dictionary words.
import { createGlossaryBrowser, type GlossaryBrowser } from '@/lib/glossary/browse';
import { glossary } from '@/lib/glossary/data';
import { createMatcher, type Matcher } from '@/lib/glossary/matcher';
import type { CompiledEntry } from '@/lib/glossary/compiled';
import { lookUpQuery, lookUpText, lookUpWordAt, type LookUpDeps } from '@/lib/dictionary/look-up';
import type { LookUp, LookUpAt, LookUpAtResponse, LookUpResponse } from '@/lib/messaging/messages';
import { getDictionary } from './dictionary';
import { getSegmenter } from './segmenter';

let matcher: Matcher | undefined;
let glossaryEntries: Map<string, CompiledEntry> | undefined;
let glossaryBrowser: GlossaryBrowser | undefined;

/** jieba and the dictionary, each loaded on the first lookup that needs it. */
async function lookUpDeps(): Promise<LookUpDeps> {
  matcher ??= createMatcher(glossary.matcher);
  glossaryEntries ??= new Map(glossary.entries.map((e) => [e.id, e]));
  glossaryBrowser ??= createGlossaryBrowser(glossary);
  const [segmenter, dictionary] = await Promise.all([getSegmenter(matcher.userWords), getDictionary()]);
  return { segmenter, matcher, dictionary, glossaryEntries, glossaryBrowser };
}

/** Runs a lookup, measured; a failure is an answer with its reason. */
async function answer<T extends object>(chars: number, run: (deps: LookUpDeps) => Promise<T>): Promise<({ ok: true } & T) | { ok: false; error: string }> {
  try {
    const start = performance.now();
    const result = await run(await lookUpDeps());
    performance.measure('treaty-lens:look-up', { start, end: performance.now(), detail: { chars } });
    return { ok: true, ...result };
  } catch (err) {
    console.error('[Treaty Lens] look-up failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export function lookUp(request: LookUp): Promise<LookUpResponse> {
  return answer(request.text.length, async (deps) => ({
    result: await (request.mode === 'search' ? lookUpQuery(request.text, deps) : lookUpText(request.text, deps)),
  }));
}

export function lookUpAt(request: LookUpAt): Promise<LookUpAtResponse> {
  return answer(request.text.length, (deps) => lookUpWordAt(request.text, request.offset, deps));
}
