// A long-lived tab: 50 SPA navigations and 50 toggles leave the heap flat (lenient: under
// 1.5× between the samples after 10 and after 50 cycles; a leak of our ranges or
// listeners per cycle grows far faster). The measurement itself is scripts/bench/memory.ts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { measureMemoryCycles } from '../../scripts/bench/memory';
import { setUp, tearDown, type Env } from './fixtures';
import { SPA, SPA_SCRIPT } from './pages';

let env: Env;
beforeAll(async () => {
  env = await setUp({ '/spa.html': SPA, '/spa/weather': SPA, '/spa.js': { body: SPA_SCRIPT, type: 'text/javascript' } });
});
afterAll(() => tearDown(env));

test('50 navigations and 50 toggles: the heap does not keep growing', { timeout: 150_000 }, async () => {
  const { samples } = await measureMemoryCycles(env.browser, { url: env.server.url('/spa.html'), otherPath: '/spa/weather' });
  const [at10, at50] = samples;
  console.info('heap after 10 / 50 cycles (MB):', samples.map((s) => `${(s.usedBytes / 1e6).toFixed(2)} JS + ${(s.embedderBytes / 1e6).toFixed(2)} embedder`).join(' / '));
  expect(at50!.usedBytes).toBeLessThan(at10!.usedBytes * 1.5);
  expect(at50!.embedderBytes).toBeLessThan(at10!.embedderBytes * 1.5 + 1e6);
});
