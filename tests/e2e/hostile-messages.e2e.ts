// Bad input between contexts: malformed and foreign messages sent to the background from an
// extension page are rejected with a warning and the background keeps working; a corrupted
// stored settings value (with an unknown version) falls back to the defaults with a warning.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setUp, tearDown, type Env } from './fixtures';
import { WatchedTab } from './hostile-watch';
import { ARTICLE } from './pages';

let env: Env;
const workerLog: string[] = [];

beforeAll(async () => {
  env = await setUp();
  env.browser.worker.on('console', (m) => workerLog.push(`${m.type()} ${m.text()}`));
});
afterAll(() => tearDown(env));

interface Chrome {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { sync: { set(v: object): Promise<void>; clear(): Promise<void> } };
}

test('malformed messages are rejected with a warning; a real annotate still works', async () => {
  const panel = await env.browser.context.newPage();
  await panel.goto(env.browser.extensionUrl('sidepanel.html'));
  const { answers, annotate, polluted } = await panel.evaluate(async (article) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const bad: unknown[] = [
      null,
      42,
      'annotate',
      ['annotate'],
      {},
      { type: 'annotate' },
      { type: 'annotate', text: 7, pageRelated: true },
      { type: 'annotate', text: 'x'.repeat(4_000_001), pageRelated: true },
      { type: 'open-panel', docId: '' },
      { type: 'run-code', code: 'self.close()' },
      JSON.parse('{"__proto__": {"polluted": true}, "type": "page-state", "state": 1}'),
      JSON.parse('{"type": "annotate", "__proto__": {"text": "亚信", "pageRelated": true}}'),
    ];
    const answers: unknown[] = [];
    for (const m of bad) answers.push(await chrome.runtime.sendMessage(m).catch((e: Error) => `rejected: ${e.message}`));
    const annotate = (await chrome.runtime.sendMessage({ type: 'annotate', text: article, pageRelated: true, stage: 'settled' })) as { ok: boolean; spans: unknown[] };
    return { answers, annotate: { ok: annotate.ok, matches: annotate.spans.length / 3 }, polluted: ({} as { polluted?: unknown }).polluted };
  }, ARTICLE);
  // No handler answered any of them…
  for (const a of answers) expect(a === undefined || (typeof a === 'string' && a.startsWith('rejected:')), JSON.stringify(a)).toBe(true);
  // …each was logged by the background…
  await expect.poll(() => workerLog.filter((l) => l.startsWith('warning') && l.includes('rejected a malformed message')).length).toBe(12);
  expect(workerLog.filter((l) => l.startsWith('error'))).toEqual([]);
  expect(polluted).toBeUndefined();
  expect(await env.browser.worker.evaluate(() => 'polluted' in {})).toBe(false);
  // …and the background still works.
  expect(annotate.ok).toBe(true);
  expect(annotate.matches).toBeGreaterThan(3);
  await panel.close();
});

test('corrupted settings items: the page works with the defaults and a warning', async () => {
  await env.browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    await chrome.storage.sync.set({ 'setting:enabled': 'yes', 'setting:hiddenCategories': 'everything', 'site:127.0.0.1': 'sometimes' });
  });
  try {
    const tab = await WatchedTab.open(env.browser.context, env.server.url('/sample.html'));
    const state = await tab.verdict('related');
    expect(state.terms).toBeGreaterThan(10);
    expect(tab.log.some((l) => l.startsWith('warning [Treaty Lens]') && /invalid/.test(l))).toBe(true);
    // Nothing else went wrong: only that warning.
    expect(tab.problems.filter((p) => !/stored settings are invalid/.test(p)), 'damaged settings must read as a warning, not a console error').toEqual([]);
    await tab.close();
  } finally {
    await env.browser.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.clear());
  }
});
