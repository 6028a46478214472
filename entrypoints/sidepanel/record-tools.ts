// jieba for the panel: loaded only when a page is saved or a file imported (4 MB of wasm
// is too much to pay for opening the panel), from the copy shipped at the extension root.
import { browser } from 'wxt/browser';
import { glossary } from '@/lib/glossary/data';
import { createMatcher } from '@/lib/glossary/matcher';
import { createSegmenter } from '@/lib/segment/segmenter';
import type { RecordTools } from '@/lib/user-corpus/record';

let ready: Promise<RecordTools> | undefined;

export function recordTools(): Promise<RecordTools> {
  ready ??= (async () => {
    const jieba = await import('jieba-wasm');
    // The .wasm is added by a build hook (wxt.config.ts), so WXT's PublicPath type does not list it.
    const getURL = browser.runtime.getURL as (path: string) => string;
    await jieba.default({ module_or_path: getURL('/jieba_rs_wasm_bg.wasm') });
    // No user words: saved pages must get the terms the build gave the bundled corpus.
    return { jieba, segmenter: createSegmenter(jieba, []), matcher: createMatcher(glossary.matcher) };
  })();
  // A failed start is not cached: the next save tries again.
  ready.catch(() => (ready = undefined));
  return ready;
}
