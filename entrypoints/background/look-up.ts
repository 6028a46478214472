// Answers look-up messages (the side panel's field; a selection or the word under the
// pointer from the content script) with glossary entries and dictionary words.
import { glossary } from '@/lib/glossary/data';
import { createMatcher, type Matcher } from '@/lib/glossary/matcher';
import type { CompiledEntry } from '@/lib/glossary/compiled';
import { lookUpQuery, lookUpText } from '@/lib/dictionary/look-up';
import type { LookUp, LookUpResponse } from '@/lib/messaging/messages';
import { getDictionary } from './dictionary';
import { getSegmenter } from './segmenter';

let matcher: Matcher | undefined;
let glossaryEntries: Map<string, CompiledEntry> | undefined;

export async function lookUp(request: LookUp): Promise<LookUpResponse> {
  try {
    const start = performance.now();
    matcher ??= createMatcher(glossary.matcher);
    glossaryEntries ??= new Map(glossary.entries.map((e) => [e.id, e]));
    const [segmenter, dictionary] = await Promise.all([getSegmenter(matcher.userWords), getDictionary()]);
    const deps = { segmenter, matcher, dictionary, glossaryEntries };
    const result = await (request.mode === 'search' ? lookUpQuery(request.text, deps) : lookUpText(request.text, deps));
    performance.measure('treaty-lens:look-up', { start, end: performance.now(), detail: { chars: request.text.length } });
    return { ok: true, result };
  } catch (err) {
    console.error('[Treaty Lens] look-up failed', err);
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
