// After `npm run build`: the first lookup in the service worker, cold (worker stopped
// first: the dictionary's index and shards fetched, jieba started) and warm, in Chromium.
// Prints one JSON object; not part of `npm run bench` yet (its keys are a contract).
//   npx tsx scripts/bench/dictionary-lookup.ts [cold runs, default 3]
import { launchWithExtension } from '../harness/browser';
import { liveWorker, stopServiceWorker } from './service-worker';

const WARM_WORDS = ['斡旋', '磋商', '恪守', '睦邻', '行', '國家', '纳扎尔巴耶夫大学', '双方同意进一步深化合作', '承诺', '友好'];
const coldRuns = Number(process.argv[2] ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('sidepanel.html'));
  /** Round trip from an extension page, as the panel and the content script ask. */
  const ask = (text: string) =>
    page.evaluate(async (t) => {
      const start = performance.now();
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } };
      const reply = await chrome.runtime.sendMessage({ type: 'look-up', text: t, mode: 'text' });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return performance.now() - start;
    }, text);
  const measures = async (name: string) => (await liveWorker(browser.context, browser.extensionId)).evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

  const cold: { roundTripMs: number; dictionaryFilesMs: number; segmenterInitMs: number; lookUpMs: number }[] = [];
  for (let i = 0; i < coldRuns; i++) {
    await stopServiceWorker(page, browser.extensionId);
    const roundTripMs = await ask('斡旋');
    cold.push({
      roundTripMs: round(roundTripMs),
      dictionaryFilesMs: round((await measures('treaty-lens:dictionary-file')).reduce((a, b) => a + b, 0)),
      segmenterInitMs: round((await measures('treaty-lens:segmenter-init'))[0] ?? NaN),
      lookUpMs: round((await measures('treaty-lens:look-up'))[0] ?? NaN),
    });
  }
  // First pass: new words, whose shards may still be fetched; second pass: the same words again.
  for (const w of WARM_WORDS) await ask(w);
  const newWordLookUps = (await measures('treaty-lens:look-up')).slice(1);
  const warmTrips: number[] = [];
  for (const w of WARM_WORDS) warmTrips.push(await ask(w));
  const warmLookUps = (await measures('treaty-lens:look-up')).slice(1 + WARM_WORDS.length);
  console.log(
    JSON.stringify({
      cold,
      coldMedian: { roundTripMs: median(cold.map((c) => c.roundTripMs)), dictionaryFilesMs: median(cold.map((c) => c.dictionaryFilesMs)), lookUpMs: median(cold.map((c) => c.lookUpMs)) },
      newWords: { lookUps: newWordLookUps.length, lookUpMedianMs: round(median(newWordLookUps)), lookUpMaxMs: round(Math.max(...newWordLookUps)) },
      warm: { lookUps: warmLookUps.length, lookUpMedianMs: round(median(warmLookUps)), lookUpMaxMs: round(Math.max(...warmLookUps)), roundTripMedianMs: round(median(warmTrips)) },
    }),
  );
} finally {
  await browser.close();
}
