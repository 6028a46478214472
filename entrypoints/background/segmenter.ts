// jieba in the extension: the web build, initialised from the .wasm we ship at the
// extension root (content scripts cannot compile wasm under a page's CSP, so it lives
// here). Started on the first request that needs it; pages judged unrelated never wake it.
import init, * as jieba from 'jieba-wasm';
import { browser, type PublicPath } from 'wxt/browser';
import { createSegmenter, type Segmenter } from '@/lib/segment/segmenter';

let ready: Promise<Segmenter> | undefined;
let started: Segmenter | undefined;

export function getSegmenter(userWords: readonly string[]): Promise<Segmenter> {
  ready ??= (async () => {
    const start = performance.now();
    // The .wasm is added to the build by a hook (wxt.config.ts), so WXT's PublicPath type does not list it.
    await init({ module_or_path: browser.runtime.getURL('/jieba_rs_wasm_bg.wasm' as PublicPath) });
    const segmenter = createSegmenter(jieba, userWords);
    performance.measure('treaty-lens:segmenter-init', { start, end: performance.now() });
    started = segmenter;
    return segmenter;
  })();
  // A failed start is not cached: the next request tries again.
  ready.catch(() => (ready = undefined));
  return ready;
}

/** jieba if it has started, without waiting for it. */
export function startedSegmenter(): Segmenter | undefined {
  return started;
}

/** The initialised jieba module itself (search-mode terms); only after getSegmenter resolved. */
export function getJieba(): typeof jieba {
  return jieba;
}
