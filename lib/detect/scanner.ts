// Keyword scanner: one pass over the text, dispatching on each character to the keyword forms
// that start with it (longest first): Aho–Corasick in spirit, small enough to read.
//
// PDF text layers put spaces or line breaks between characters ("哈 萨 克 斯 坦", "哈萨\n克斯坦").
// Whitespace inside a keyword is skipped while matching, which is equivalent to joining spaced CJK
// text before scanning, without a second pass or a copy of a 20,000-character string.
import { DECOYS, SIGNALS, type Decoy, type Signal } from './signals';
import { toTraditional } from './traditional';

export interface Hit<T> {
  readonly entry: T;
  count: number;
  /** The surface form first seen (simplified or traditional), for reasons in the page's script. */
  readonly form: string;
}

export interface Scan {
  readonly signals: ReadonlyMap<Signal, Hit<Signal>>;
  readonly decoys: ReadonlyMap<Decoy, Hit<Decoy>>;
  /** Non-whitespace characters, so spaced-out text is not counted twice as long. */
  readonly chars: number;
}

type Entry = { readonly kind: 'signal'; readonly entry: Signal } | { readonly kind: 'decoy'; readonly entry: Decoy };
interface Form {
  readonly text: string;
  readonly found: Entry;
}

const BY_FIRST_CHAR = buildIndex();
// A flat table answers "can a keyword start here?" for the ~90% of characters where it cannot,
// faster than a Map lookup.
const STARTS = new Uint8Array(0x10000);
for (const code of BY_FIRST_CHAR.keys()) STARTS[code] = 1;

export function scan(text: string): Scan {
  const signals = new Map<Signal, Hit<Signal>>();
  const decoys = new Map<Decoy, Hit<Decoy>>();
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    chars++;
    if (STARTS[code] === 0) continue;
    for (const form of BY_FIRST_CHAR.get(code)!) {
      const end = matchAt(text, i, form.text);
      if (end < 0) continue;
      // Leftmost-longest: a decoy (亚信科技) consumes the signal it contains (亚信).
      if (form.found.kind === 'signal') bump(signals, form.found.entry, form.text);
      else bump(decoys, form.found.entry, form.text);
      chars += form.text.length - 1;
      i = end - 1;
      break;
    }
  }
  return { signals, decoys, chars };
}

/** End index of `form` matched at `start` with whitespace allowed between its characters, or -1. */
function matchAt(text: string, start: number, form: string): number {
  let j = start + 1;
  for (let k = 1; k < form.length; k++) {
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== form.charCodeAt(k)) return -1;
    j++;
  }
  return j;
}

/** ASCII whitespace, no-break space, ideographic space, zero-width space (common in PDF text). */
export const SCAN_SPACE = /[\t-\r \u00a0\u3000\u200b]/;

/** SCAN_SPACE by code unit, for the scanner's inner loop (gate.test.ts keeps the two equal). */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x200b;
}

function buildIndex(): Map<number, Form[]> {
  const forms = new Map<string, Entry>();
  const add = (form: string, found: Entry) => {
    forms.set(form, found);
    forms.set(toTraditional(form), found);
  };
  for (const entry of SIGNALS) {
    for (const form of [entry.term, ...(entry.variants ?? [])]) add(form, { kind: 'signal', entry });
  }
  for (const entry of DECOYS) add(entry.term, { kind: 'decoy', entry });

  const index = new Map<number, Form[]>();
  for (const [text, found] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    const code = text.charCodeAt(0);
    index.set(code, [...(index.get(code) ?? []), { text, found }]);
  }
  return index;
}

function bump<T>(hits: Map<T, Hit<T>>, entry: T, form: string): void {
  const hit = hits.get(entry);
  if (hit) hit.count += 1;
  else hits.set(entry, { entry, count: 1, form });
}
