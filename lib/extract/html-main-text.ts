// HTML string → main text through linkedom (a DOM in plain JS): for the command-line annotator and the tests, which run without a browser.
import { parseHTML } from 'linkedom';
import { extractMainText, type MainText } from './main-text';

export function htmlMainText(html: string): MainText {
  try {
    // linkedom builds no <html>/<body> around a bare fragment (its `body` getter then invents an
    // empty one), so fragments get the document shell a browser would give them.
    const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
    return extractMainText(document);
  } catch {
    return { title: '', text: '' };
  }
}
