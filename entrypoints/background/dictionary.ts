// CC-CEDICT in the worker: its index fetched on the first lookup (never when the worker
// wakes: it wakes for every page's badge and for the panel), then only the shards that
// the lookups need.
import { browser, type PublicPath } from 'wxt/browser';
import { openDictionary, type Dictionary } from '@/lib/dictionary/dictionary';

/** Shipped under the extension root by a build hook (wxt.config.ts). */
const DICTIONARY_DIR = '/dictionary/';

async function fetchFile(name: string): Promise<string> {
  const start = performance.now();
  // The files are added by a hook, so WXT's PublicPath type does not list them.
  const response = await fetch(browser.runtime.getURL(`${DICTIONARY_DIR}${name}` as PublicPath));
  if (!response.ok) throw new Error(`dictionary: ${name}: ${response.status}`);
  const text = await response.text();
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
