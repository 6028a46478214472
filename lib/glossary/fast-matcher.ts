// The first stage of matching: every glossary form (and false friend) found in normalised
// text by one left-to-right scan over a character trie, leftmost-longest, with the same
// context rules as the jieba stage. It needs no WebAssembly and no segmentation, so a page
// gets its highlights at once; the jieba stage (matcher.ts) then confirms that each match
// sits on token boundaries (亚信 is not a term inside 东南亚|信息) and the page takes its
// corrections. scripts/stage-agreement.ts measures how often the two disagree.
import { hasContext, type Match, type MatcherData, type MatchOptions } from './matcher';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The entry a form ending here belongs to; null for a false friend; undefined if no form ends here. */
  entry?: string | null;
}

export interface FastMatcher {
  match(text: string, options?: MatchOptions): Match[];
}

export function createFastMatcher(data: MatcherData): FastMatcher {
  const root: TrieNode = { next: new Map() };
  // One bit per UTF-16 unit that starts some form: most characters of a page start none.
  const starts = new Uint8Array(0x10000);
  for (const [form, entry] of data.forms) {
    if (form.length === 0) continue;
    starts[form.charCodeAt(0)] = 1;
    let node = root;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    // A form listed twice keeps its first owner, as the jieba stage's longest-first list does.
    if (node.entry === undefined) node.entry = entry;
  }

  return {
    match(text, options = {}) {
      const matches: Match[] = [];
      const n = text.length;
      let i = 0;
      while (i < n) {
        if (starts[text.charCodeAt(i)] === 0) {
          i++;
          continue;
        }
        // Longest form starting at i.
        let node: TrieNode | undefined = root;
        let end = -1;
        let entry: string | null | undefined;
        for (let j = i; j < n; j++) {
          node = node.next.get(text.charCodeAt(j));
          if (!node) break;
          if (node.entry !== undefined) {
            end = j + 1;
            entry = node.entry;
          }
        }
        if (end < 0) {
          i++;
          continue;
        }
        const rule = entry === null || entry === undefined ? undefined : data.contexts[entry];
        if (typeof entry === 'string' && (!rule || options.pageRelated || hasContext(text, i, end, rule))) {
          matches.push({ entryId: entry, start: i, end });
        }
        i = end;
      }
      return matches;
    },
  };
}
