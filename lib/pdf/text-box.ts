// Where a pdf.js text item sits on the rendered page: its transform composed with the
// viewport's (which flips y and applies the page's rotation), as an axis-aligned box in
// CSS pixels with y growing downwards. Reading order works on these boxes.

/** A PDF affine transform [a, b, c, d, e, f]. */
type Matrix = readonly [number, number, number, number, number, number];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The text item fields the geometry needs (pdf.js TextItem has them). */
export interface PlacedText {
  transform: readonly number[];
  /** Advance width in page units. */
  width: number;
}

/** m ∘ n: n applied first (pdf.js Util.transform). */
function compose(m: readonly number[], n: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [na = 0, nb = 0, nc = 0, nd = 0, ne = 0, nf = 0] = n;
  return [a * na + c * nb, b * na + d * nb, a * nc + c * nd, b * nc + d * nd, a * ne + c * nf + e, b * ne + d * nf + f];
}

/** Below the baseline, for descenders. */
const DESCENT = 0.2;

export function textBox(viewport: readonly number[], scale: number, item: PlacedText): Box {
  const [a, b, c, d, x, y] = compose(viewport, item.transform);
  const along = Math.hypot(a, b) || 1;
  const up = Math.hypot(c, d) || 1;
  // Unit vectors along the text and towards the glyphs' tops, on screen.
  const ux = a / along;
  const uy = b / along;
  const vx = c / up;
  const vy = d / up;
  const length = item.width * scale;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [s, t] of [
    [0, -DESCENT * up],
    [length, -DESCENT * up],
    [0, up],
    [length, up],
  ] as const) {
    xs.push(x + s * ux + t * vx);
    ys.push(y + s * uy + t * vy);
  }
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}
