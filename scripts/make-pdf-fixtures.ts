// Writes the PDF reader's fixtures (tests/fixtures/pdf/) from HTML written here, printed to
// PDF by Debian's Chromium with a Chinese font (fonts-wqy-zenhei): a single-column joint
// statement, a two-column e-paper page with spaced characters under a headline across
// both columns, a landscape page, a page whose only text is in an image (a "scan"), a
// damaged file, a file that is not a PDF, an encrypted one, and one whose Chinese text is in
// a font it does not embed (STSong-Light, read through a CMap). Run: npx tsx scripts/make-pdf-fixtures.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CID_FONT_PDF } from './pdf-fixtures/cid-font';
import { ENCRYPTED_PDF } from './pdf-fixtures/encrypted';
import { EPAPER_HTML, LANDSCAPE_HTML, SCANNED_HTML, SINGLE_HTML } from './pdf-fixtures/pages';
import { printPdfs } from './pdf-fixtures/print';

const OUT = resolve('tests/fixtures/pdf');

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
  writeFileSync(resolve(OUT, 'cid-font.pdf'), CID_FONT_PDF);
  console.log(`wrote ${Object.keys(printed).length + 4} files to ${OUT}`);
}

await main();
