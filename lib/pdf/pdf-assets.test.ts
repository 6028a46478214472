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

  test('leaves out the Japanese and Korean CMaps and anything else', () => {
    for (const name of ['UniJIS-UCS2-H.bcmap', 'Adobe-Japan1-UCS2.bcmap', 'KSC-EUC-H.bcmap', 'Adobe-Korea1-UCS2.bcmap', '90ms-RKSJ-H.bcmap', 'README.md', 'index.js', 'UniGB-UCS2-H.bcmap.map']) {
      expect(neededAsset(name), name).toBe(false);
    }
  });

  test('of the CMaps pdfjs-dist ships, keeps those of the Chinese character collections', () => {
    const kept = readdirSync(resolve('node_modules/pdfjs-dist/cmaps')).filter(neededAsset);
    expect(kept).toEqual(expect.arrayContaining(['UniGB-UCS2-H.bcmap', 'Adobe-GB1-UCS2.bcmap', 'UniCNS-UCS2-H.bcmap', 'Adobe-CNS1-UCS2.bcmap', 'GBK-EUC-H.bcmap', 'ETen-B5-H.bcmap', 'HKscs-B5-H.bcmap', 'LICENSE']));
    expect(kept.every((name) => !/JIS|Japan|Korea|KSC/.test(name))).toBe(true);
  });
});
