// The general dictionary in the service worker (issue 18): the first lookup after the
// worker was stopped (its index and shards fetched and unpacked, jieba not started: the
// longest-match stand-in cuts the text), a hover's first lookup likewise, then lookups
// once the shards are in memory.
// Times are the worker's own measure of a lookup (request handled → answer ready); the
// round trip from an extension page, worker start included, is kept in the details.
import type { ExtensionBrowser } from '../harness/browser';
import { liveWorker, stopServiceWorker } from './service-worker';

const WARM_WORDS = ['斡旋', '磋商', '恪守', '睦邻', '行', '國家', '纳扎尔巴耶夫大学', '双方同意进一步深化合作', '承诺', '友好'];
/** What the content script sends for the word under the pointer: about 40 characters either side. */
const HOVER_WINDOW = '中哈双方将继续在上海合作组织框架内密切协作，共同应对地区安全挑战。双方恪守睦邻友好原则，中方愿为地区冲突斡旋，推动政治解决热点问题，维护中亚地区和平稳定与发展繁荣。';

export interface DictionaryLookupRuns {
  cold: { lookUpMs: number; roundTripMs: number; filesMs: number }[];
  /** The word under the pointer in a hover's window, in a stopped worker: the files it reads. */
  coldHover: { lookUpMs: number; roundTripMs: number; files: number }[];
  /** Each word once more, after a first pass over them (whose shards may still be fetched). */
  warm: { lookUpMs: number[]; roundTripMs: number[] };
  /** The first pass: new words, shards perhaps fetched, jieba starting. */
  newWordsMs: number[];
}

export async function dictionaryLookupRuns(ext: ExtensionBrowser, coldRuns: number): Promise<DictionaryLookupRuns> {
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.extensionUrl('sidepanel.html'));
    /** Round trip from an extension page, as the panel and the content script ask. */
    const send = (message: object) =>
      page.evaluate(async (m) => {
        const start = performance.now();
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } };
        const reply = await chrome.runtime.sendMessage(m);
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return performance.now() - start;
      }, message);
    const ask = (text: string) => send({ type: 'look-up', text, mode: 'text' });
    const measures = async (name: string) => (await liveWorker(ext.context, ext.extensionId)).evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

    const cold: DictionaryLookupRuns['cold'] = [];
    for (let i = 0; i < coldRuns; i++) {
      await stopServiceWorker(page, ext.extensionId);
      const roundTripMs = await ask(WARM_WORDS[0]!);
      const [lookUpMs] = await measures('treaty-lens:look-up');
      if (lookUpMs === undefined) throw new Error('the worker recorded no treaty-lens:look-up measure');
      cold.push({ lookUpMs, roundTripMs, filesMs: (await measures('treaty-lens:dictionary-file')).reduce((a, b) => a + b, 0) });
    }
    const coldHover: DictionaryLookupRuns['coldHover'] = [];
    for (let i = 0; i < coldRuns; i++) {
      await stopServiceWorker(page, ext.extensionId);
      const roundTripMs = await send({ type: 'look-up-at', text: HOVER_WINDOW, offset: HOVER_WINDOW.indexOf('斡旋') + 1 });
      const [lookUpMs] = await measures('treaty-lens:look-up');
      if (lookUpMs === undefined) throw new Error('the worker recorded no treaty-lens:look-up measure');
      coldHover.push({ lookUpMs, roundTripMs, files: (await measures('treaty-lens:dictionary-file')).length });
    }
    for (const w of WARM_WORDS) await ask(w);
    const newWordsMs = (await measures('treaty-lens:look-up')).slice(1);
    const roundTripMs: number[] = [];
    for (const w of WARM_WORDS) roundTripMs.push(await ask(w));
    const lookUpMs = (await measures('treaty-lens:look-up')).slice(1 + WARM_WORDS.length);
    return { cold, coldHover, warm: { lookUpMs, roundTripMs }, newWordsMs };
  } finally {
    await page.close();
  }
}
