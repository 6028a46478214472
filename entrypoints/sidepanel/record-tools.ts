// jieba for the panel: loaded only when a page is saved or a file imported (4 MB of wasm
// is too much to pay for opening the panel), from the copy shipped at the extension root.
import { browser, type PublicPath } from 'wxt/browser';
import { glossary } from '@/lib/glossary/data';
import { createMatcher } from '@/lib/glossary/matcher';
import { createSegmenter } from '@/lib/segment/segmenter';
import type { RecordTools } from '@/lib/user-corpus/record';

let ready: Promise<RecordTools> | undefined;

export function recordTools(): Promise<RecordTools> {
  ready ??= (async () => {
    const jieba = await import('jieba-wasm');
    // The .wasm is added by a build hook (wxt.config.ts), so WXT's PublicPath type does not list it.
    await jieba.default({ module_or_path: browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as PublicPath) });
    // No user words: saved pages must get the terms the build gave the bundled corpus.
    return { jieba, segmenter: createSegmenter(jieba, []), matcher: createMatcher(glossary.matcher) };
  })();
  // A failed start is not cached: the next save tries again.
  ready.catch(() => (ready = undefined));
  return ready;
}
