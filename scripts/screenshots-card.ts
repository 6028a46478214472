// npx tsx scripts/screenshots-card.ts (after npm run build): saves the card as a reader sees it,
// for the README and the calm-reading issue: docs/card-light.png, docs/card-dark.png (100 %),
// docs/card-zoom-200.png (a 640 × 430 viewport, as 200 % zoom gives a 1280 × 860 window),
// docs/card-narrow.png (400 px wide), docs/card-russian.png (the Russian interface: Russian
// rendering and definition first), docs/adjacent-terms.png (touching terms kept apart), and
// docs/repeats-full.png beside docs/repeats-light.png (later occurrences marked lightly).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import { launchWithExtension } from './harness/browser';
import { locateText, waitForCard, waitForVerdict } from './harness/page-probes';
import { page } from './harness/spa-page';
import { servePages } from './harness/serve';

const READING = page(
  '中哈元首会谈 - 示例新闻网',
  `<main style="max-width: 36em; margin: 24px auto; font: 18px/1.9 'WenQuanYi Zen Hei', sans-serif">
   <h1>中哈元首会谈</h1>
   <p>新华社阿斯塔纳7月3日电 国家主席习近平同哈萨克斯坦总统托卡耶夫举行会谈。两国元首一致同意深化中哈永久全面战略伙伴关系，共建更加紧密的上海合作组织命运共同体。</p>
   <p>双方将在上海合作组织和亚信框架内加强协作，共同打击“三股势力”，推动共建丝绸之路经济带取得更多成果。</p></main>`,
);

const server = await servePages(new Map([['/reading.html', { body: READING }]]));
const browser = await launchWithExtension();

async function shoot(path: string, size: { width: number; height: number }, theme: 'light' | 'dark', language: Settings['language'] = 'en'): Promise<void> {
  await browser.setSettings({ ...DEFAULT_SETTINGS, theme, language });
  const tab: Page = await browser.context.newPage();
  await tab.setViewportSize(size);
  await tab.emulateMedia({ colorScheme: theme });
  await tab.goto(server.url('/reading.html'));
  await waitForVerdict(tab, 'related');
  await tab.mouse.move(2, 2);
  const at = await locateText(tab, '和亚信框架', '亚信');
  await tab.mouse.move(at.x, at.y);
  await waitForCard(tab);
  await tab.screenshot({ path });
  await tab.close();
}

try {
  mkdirSync('docs', { recursive: true });
  await shoot('docs/card-light.png', { width: 900, height: 520 }, 'light');
  await shoot('docs/card-dark.png', { width: 900, height: 520 }, 'dark');
  await shoot('docs/card-zoom-200.png', { width: 640, height: 430 }, 'light');
  await shoot('docs/card-narrow.png', { width: 400, height: 640 }, 'light');
  await shoot('docs/card-russian.png', { width: 900, height: 520 }, 'light', 'ru');

  await browser.setSettings(DEFAULT_SETTINGS);
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width: 900, height: 300 });
  await tab.goto(server.url('/reading.html'));
  await waitForVerdict(tab, 'related');
  await tab.locator('main p').first().screenshot({ path: 'docs/adjacent-terms.png' });
  await tab.locator('main').screenshot({ path: 'docs/repeats-full.png' });
  await browser.setSettings({ ...DEFAULT_SETTINGS, lightRepeats: true });
  await tab.reload();
  await waitForVerdict(tab, 'related');
  await tab.locator('main').screenshot({ path: 'docs/repeats-light.png' });
  console.log('saved docs/card-light.png, card-dark.png, card-zoom-200.png, card-narrow.png, card-russian.png, adjacent-terms.png and repeats-*.png');
} finally {
  await browser.close();
  await server.close();
}
