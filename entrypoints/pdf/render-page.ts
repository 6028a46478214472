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
}

const isText = (item: object): item is TextItem => 'str' in item;

export async function renderPage(page: PDFPageProxy, number: number): Promise<RenderedPage> {
  // Laid out at scale 1; the root's --scale-factor zooms text layer and canvas together.
  const viewport = page.getViewport({ scale: 1 });
  const element = document.createElement('section');
  element.className = 'pdf-page';
  element.dataset.page = String(number);
  element.style.setProperty('--page-width', `${viewport.width}px`);
  element.style.setProperty('--page-height', `${viewport.height}px`);
  const canvas = document.createElement('canvas');
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  element.append(canvas, layer);

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

  let painted = 0;
  return {
    number,
    element,
    reading: readingText(paragraphs, texts),
    spans: items.map((item, i) => (item.str === '' ? undefined : divs[i])),
    async paint(scale) {
      if (painted === scale) return;
      painted = scale;
      const ratio = window.devicePixelRatio || 1;
      const shown = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(shown.width);
      canvas.height = Math.floor(shown.height);
      await page.render({ canvas, viewport: shown }).promise;
      // Says the canvas shows the page at this scale: the benchmark and tests wait for it.
      if (painted === scale) element.dataset.painted = String(scale);
    },
  };
}
