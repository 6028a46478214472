import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { neededAsset } from './pdf-assets';

describe('neededAsset', () => {
  test('keeps the CMaps, the standard fonts and their licences', () => {
    for (const name of ['UniGB-UCS2-H.bcmap', 'Adobe-GB1-UCS2.bcmap', 'FoxitSerif.pfb', 'LiberationSans-Regular.ttf', 'LICENSE', 'LICENSE_FOXIT']) {
      expect(neededAsset(name), name).toBe(true);
    }
  });

  test('leaves out anything else', () => {
    for (const name of ['README.md', 'index.js', 'UniGB-UCS2-H.bcmap.map', '.DS_Store']) expect(neededAsset(name), name).toBe(false);
  });

  test("keeps the CMaps for the Chinese character collections that pdfjs-dist ships", () => {
    const kept = readdirSync(resolve('node_modules/pdfjs-dist/cmaps')).filter(neededAsset);
    expect(kept).toEqual(expect.arrayContaining(['UniGB-UCS2-H.bcmap', 'Adobe-GB1-UCS2.bcmap', 'UniCNS-UCS2-H.bcmap', 'Adobe-CNS1-UCS2.bcmap', 'GBK-EUC-H.bcmap']));
  });
});
