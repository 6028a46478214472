// CC-CEDICT in the worker: fetched from the extension and parsed on the first lookup,
// never when the worker wakes (it wakes for every page's badge and for the panel).
import { browser } from 'wxt/browser';
import { parseDictionary, type Dictionary } from '@/lib/dictionary/dictionary';

/** Shipped at the extension root by a build hook (wxt.config.ts). */
export const DICTIONARY_FILE = '/dictionary.txt';

let ready: Promise<Dictionary> | undefined;

export function getDictionary(): Promise<Dictionary> {
  ready ??= (async () => {
    const start = performance.now();
    // The file is added by a hook, so WXT's PublicPath type does not list it.
    const getURL = browser.runtime.getURL as (path: string) => string;
    const response = await fetch(getURL(DICTIONARY_FILE));
    if (!response.ok) throw new Error(`dictionary: ${response.status}`);
    const dictionary = parseDictionary(await response.text());
    performance.measure('treaty-lens:dictionary-load', { start, end: performance.now() });
    return dictionary;
  })();
  // A failed load is not cached: the next lookup tries again.
  ready.catch(() => (ready = undefined));
  return ready;
}
