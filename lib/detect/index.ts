// Page detector: is this a China–Kazakhstan / China–Central Asia diplomatic text?
// Pure string scanning, cheap enough to run on every page in the content script.
import { hasHan } from '../text/han';
import { scan } from './scanner';
import { scoreScans, type Detection } from './score';

export type { Detection } from './score';
export { reasonText } from './reason-text';
export { namesRegion, regionAbsent } from './gate';

export interface PageText {
  title: string;
  text: string;
}

export function detect(input: PageText): Detection {
  const { title, text } = input;
  if (title.trim() === '' && text.trim() === '') {
    return { related: false, score: 0, reasons: [{ code: 'no-text' }] };
  }
  // Most of the web is settled by this one test.
  if (!hasHan(title) && !hasHan(text)) {
    return { related: false, score: 0, reasons: [{ code: 'no-chinese' }] };
  }
  return scoreScans(scan(title), scan(text));
}
