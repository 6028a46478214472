// HTML printed to PDF as Chromium's print does it (A4 unless the page says otherwise), with
// Debian's Chromium and its Chinese font: the fixtures (make-pdf-fixtures.ts) and the
// benchmark's 20-page document are made this way.
import { chromium } from 'playwright-core';
import { chromiumPath } from '../harness/browser';

export async function printPdfs(pages: Record<string, { html: string; landscape?: boolean }>): Promise<Record<string, Buffer>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const out: Record<string, Buffer> = {};
    for (const [name, { html, landscape }] of Object.entries(pages)) {
      await page.setContent(html, { waitUntil: 'load' });
      out[name] = await page.pdf({ format: 'A4', landscape: landscape ?? false, printBackground: true, tagged: false, outline: false });
    }
    return out;
  } finally {
    await browser.close();
  }
}
