// One PDF page on screen: the canvas pdf.js paints, and over it a transparent, selectable
// text layer whose spans sit on the glyphs (pdf.js TextLayer). The spans are then put in
// reading order (lib/pdf/reading-order.ts): one block element per paragraph, a <br> between
// its lines. The page session reads the DOM in that order, so a term split across a line
// or spaced out (外 交 部) is one match and its Range lands on the glyphs.
import { TextLayer, type PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { readingOrder } from '@/lib/pdf/reading-order';
import { readingText, type ReadingText } from '@/lib/pdf/reading-text';
import { textBox } from '@/lib/pdf/text-box';

export interface RenderedPage {
  number: number;
  element: HTMLElement;
  /** The page's text in reading order, mapped to `spans`. */
  reading: ReadingText;
  /** The text layer's span for each text item (undefined for items without text). */
  spans: (HTMLSpanElement | undefined)[];
  /** Paints the canvas at the document's current scale. */
  paint(scale: number): Promise<void>;
  /** The first paint, started before the text layer is built (see renderPage). */
  firstPaint: Promise<void>;
}

const isText = (item: object): item is TextItem => 'str' in item;

export async function renderPage(page: PDFPageProxy, number: number, scale: number): Promise<RenderedPage> {
  // Laid out at scale 1; the root's --scale-factor zooms text layer and canvas together.
  const viewport = page.getViewport({ scale: 1 });
  const element = document.createElement('section');
  element.className = 'pdf-page';
  element.dataset.page = String(number);
  element.style.setProperty('--page-width', `${viewport.width}px`);
  element.style.setProperty('--page-height', `${viewport.height}px`);
  let canvas = document.createElement('canvas');
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  element.append(canvas, layer);

  let painted = 0;
  async function paint(scale: number): Promise<void> {
    if (painted === scale) return;
    painted = scale;
    const ratio = window.devicePixelRatio || 1;
    const shown = page.getViewport({ scale: scale * ratio });
    // Drawn off the document, then put in place: each font pdf.js sets on a canvas in the
    // document makes the browser bring the document's style up to date first (whole pages
    // of text layer at a time, 30-100 ms); a detached canvas needs none of that.
    const fresh = document.createElement('canvas');
    fresh.width = Math.floor(shown.width);
    fresh.height = Math.floor(shown.height);
    await page.render({ canvas: fresh, viewport: shown }).promise;
    if (painted !== scale) return; // zoomed again meanwhile
    canvas.replaceWith(fresh);
    canvas = fresh;
    // Says the canvas shows the page at this scale: the benchmark and tests wait for it.
    element.dataset.painted = String(scale);
  }
  // Asked for before the text: the worker prepares the drawing while this thread builds the
  // text layer and the page session reads it, instead of after.
  const firstPaint = paint(scale);
  firstPaint.catch(() => undefined); // the caller awaits it; this only keeps an early failure from going unhandled

  const content = await page.getTextContent();
  const items = content.items.filter(isText);
  const textLayer = new TextLayer({ textContentSource: { ...content, items }, container: layer, viewport });
  await textLayer.render();
  const divs = textLayer.textDivs as HTMLSpanElement[];
  const texts = items.map((item) => item.str);
  const paragraphs = readingOrder(items.map((item, i) => ({ text: texts[i]!, box: textBox(viewport.transform, 1, item) })));
  layer.replaceChildren(
    ...paragraphs.map((paragraph) => {
      const block = document.createElement('div');
      block.className = 'pdf-paragraph';
      paragraph.forEach((line, i) => {
        if (i > 0) block.append(document.createElement('br'));
        block.append(...line.map((item) => divs[item]!));
      });
      return block;
    }),
  );

  return {
    number,
    element,
    reading: readingText(paragraphs, texts),
    spans: items.map((item, i) => (item.str === '' ? undefined : divs[i])),
    paint,
    firstPaint,
  };
}
