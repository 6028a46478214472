// Picks the parser from what the text looks like, never from the file name.
import { pdfNewspaper } from './pdf-newspaper';
import { peoplesDailyTagged } from './peoples-daily-tagged';
import { speechDatabase } from './speech-database';
import type { LayoutParser } from '../../lib/corpus/types';
import { webScrape } from './web-scrape';

// Letter-spaced Han characters (外 交 部) are the mark of PDF-extracted text.
const SPACED_HAN = /\p{Script=Han} \p{Script=Han} \p{Script=Han}/gu;
const MIN_SPACED_RUNS = 3;

export function detectLayout(text: string): LayoutParser {
  if (/〖ZW\/正文〗/.test(text)) return peoplesDailyTagged;
  if (/^关键词：/m.test(text) && /^发布时间：/m.test(text)) return speechDatabase;
  if (/\[字体：\s*大\s*中\s*小\s*\]/.test(text)) return webScrape;
  if ((text.match(SPACED_HAN) ?? []).length >= MIN_SPACED_RUNS) return pdfNewspaper;
  throw new Error(`unknown source layout: ${text.slice(0, 60)}`);
}
