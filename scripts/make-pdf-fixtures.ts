// Writes the PDF reader's fixtures (tests/fixtures/pdf/) from HTML written here, printed to
// PDF by Debian's Chromium with a Chinese font (fonts-wqy-zenhei): a single-column joint
// statement, a two-column e-paper page with spaced characters under a headline across
// both columns, a landscape page, a page whose only text is in an image (a "scan"), a
// damaged file, a file that is not a PDF, and an encrypted one. Run: npx tsx scripts/make-pdf-fixtures.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './harness/browser';
import { ENCRYPTED_PDF } from './pdf-fixtures/encrypted';
import { EPAPER_HTML, LANDSCAPE_HTML, SCANNED_HTML, SINGLE_HTML } from './pdf-fixtures/pages';

const OUT = resolve('tests/fixtures/pdf');

/** The HTML printed to PDF, as Chromium's print does it (A4 unless the page says otherwise). */
async function printPdfs(pages: Record<string, { html: string; landscape?: boolean }>): Promise<Record<string, Buffer>> {
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

async function main(): Promise<void> {
  const printed = await printPdfs({
    'single.pdf': { html: SINGLE_HTML },
    'epaper.pdf': { html: EPAPER_HTML },
    'landscape.pdf': { html: LANDSCAPE_HTML, landscape: true },
    'scanned.pdf': { html: SCANNED_HTML },
  });
  for (const [name, bytes] of Object.entries(printed)) writeFileSync(resolve(OUT, name), bytes);
  // A PDF header, then nothing a PDF reader can make sense of.
  writeFileSync(resolve(OUT, 'damaged.pdf'), Buffer.concat([printed['single.pdf']!.subarray(0, 400), Buffer.from('\n%% the rest of this file was lost\n'.repeat(40))]));
  writeFileSync(resolve(OUT, 'not-a-pdf.pdf'), '<!doctype html><title>联合声明</title><p>这是一个网页，不是 PDF 文件。</p>\n');
  writeFileSync(resolve(OUT, 'encrypted.pdf'), ENCRYPTED_PDF);
  console.log(`wrote ${Object.keys(printed).length + 3} files to ${OUT}`);
}

await main();
