// npm run demo [-- --headless]: serves the sample page (built from the corpus) on
// 127.0.0.1 and opens it in Chromium with the built extension. Headless, it prints what
// the extension found, saves a screenshot with a card open, and exits.
import { mkdirSync } from 'node:fs';
import { corpus } from '../lib/corpus/data';
import { reasonText } from '../lib/detect/reason-text';
import { launchWithExtension } from './harness/browser';
import { highlightedTexts, locateText, waitForCard, waitForVerdict } from './harness/page-probes';
import { sampleDocs } from './harness/sample-docs';
import { samplePageHtml } from './harness/sample-page';
import { servePages } from './harness/serve';

const headless = process.argv.includes('--headless');
const SCREENSHOT = 'docs/screenshot.png';

const server = await servePages(new Map([['/sample.html', { body: samplePageHtml(sampleDocs(corpus)) }]]));
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
await page.goto(server.url('/sample.html'));
const { verdict, terms } = await waitForVerdict(page);
const texts = await highlightedTexts(page);
const counts = new Map<string, number>();
for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);

console.log(`Treaty Lens demo — ${server.url('/sample.html')}`);
const state = await browser.pageState();
console.log(`verdict: ${verdict} (score ${state.score})`);
for (const reason of state.reasons) console.log(`  · ${reasonText(reason, 'en')}`);
console.log(`terms highlighted: ${terms} (${counts.size} distinct)`);
const TOP = 25;
const ranked = [...counts].sort((a, b) => b[1] - a[1]);
console.log(`most frequent: ${ranked.slice(0, TOP).map(([t, n]) => `${t}×${n}`).join('  ')}${ranked.length > TOP ? '  …' : ''}`);


if (headless) {
  const { x, y } = await locateText(page, '称亚信）', '亚信');
  await page.mouse.move(x, y);
  const card = await waitForCard(page);
  console.log(`tooltip: ${card.text.slice(0, 120)}…`);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`screenshot: ${SCREENSHOT}`);
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with the extension loaded; press Ctrl+C to quit.');
  const quit = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void quit());
  browser.context.on('close', () => void quit());
}
