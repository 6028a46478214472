// CC-CEDICT in the worker: its index fetched on the first lookup (never when the worker
// wakes: it wakes for every page's badge and for the panel), then only the shards that
// the lookups need.
import initBrotli from 'brotli-dec-wasm/web';
import { browser, type PublicPath } from 'wxt/browser';
import { openDictionary, type Dictionary } from '@/lib/dictionary/dictionary';
import { unpack } from '@/lib/dictionary/packed';

/** Shipped under the extension root by a build hook (wxt.config.ts). */
const DICTIONARY_DIR = '/dictionary/';

let decoder: Promise<unknown> | undefined;

/** The decoder, compiled once; a failed start is not kept, so the next lookup tries again. */
function startDecoder(): Promise<unknown> {
  if (decoder) return decoder;
  // Added to the build by a hook (wxt.config.ts), so WXT's PublicPath type does not list it.
  const started = initBrotli({ module_or_path: browser.runtime.getURL('/brotli_dec_wasm_bg.wasm' as PublicPath) });
  started.catch(() => {
    if (decoder === started) decoder = undefined;
  });
  return (decoder = started);
}

async function fetchFile(name: string): Promise<string> {
  const start = performance.now();
  const started = startDecoder(); // compiles while the file is fetched
  // The files are added by a hook too.
  const response = await fetch(browser.runtime.getURL(`${DICTIONARY_DIR}${name}` as PublicPath));
  if (!response.ok) throw new Error(`dictionary: ${name}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  await started;
  const text = unpack(bytes, name);
  performance.measure('treaty-lens:dictionary-file', { start, end: performance.now(), detail: { name } });
  return text;
}

let ready: Promise<Dictionary> | undefined;

export function getDictionary(): Promise<Dictionary> {
  ready ??= openDictionary(fetchFile);
  // A failed load is not cached: the next lookup tries again.
  ready.catch(() => (ready = undefined));
  return ready;
}
