// Page detector: is this a China–Kazakhstan / China–Central Asia diplomatic text?
// Pure string scanning, cheap enough to run on every page in the content script.
import { scan } from './scanner';
import { scoreScans, type Detection } from './score';

export type { Detection } from './score';

export interface PageText {
  title: string;
  text: string;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function detect(input: PageText): Detection {
  const { title, text } = input;
  if (title.trim() === '' && text.trim() === '') {
    return { related: false, score: 0, reasons: ['the page has no text'] };
  }
  // Every keyword is Chinese: most of the web is settled by this one test.
  if (!HAN.test(title) && !HAN.test(text)) {
    return { related: false, score: 0, reasons: ['no Chinese text on the page'] };
  }
  const body = scan(text);
  return scoreScans(scan(title), body, body.chars);
}
