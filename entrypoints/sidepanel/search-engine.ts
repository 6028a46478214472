// The panel's one search index: the bundled corpus from its pre-computed terms (built once,
// 40–130 ms, when the panel is idle or at the first search), kept in step with the user's
// saved documents. A query the text does not match goes through the glossary.
import { createBundledIndex } from '@/lib/search/bundled-index';
import { searchThroughGlossary, type CorpusResults } from '@/lib/search/glossary-fallback';
import type { SearchIndex } from '@/lib/search/search-index';
import { glossaryBrowser } from './panel-data';
import type { UserRecord } from '@/lib/user-corpus/record';

let index: SearchIndex | undefined;
/** The user records the index holds, by id (compared by identity: a re-saved page is a new object). */
const synced = new Map<string, UserRecord>();

function bundledIndex(): SearchIndex {
  index ??= createBundledIndex();
  return index;
}

function sync(idx: SearchIndex, records: readonly UserRecord[]): void {
  const current = new Map(records.map((r) => [r.id, r]));
  for (const [id, r] of synced) {
    if (current.get(id) !== r) {
      idx.remove(id);
      synced.delete(id);
    }
  }
  for (const r of records) {
    if (synced.has(r.id)) continue;
    idx.add(r.doc, r.terms);
    synced.set(r.id, r);
  }
}

/** Builds the bundled index ahead of the first query (called when the panel is idle). */
export function prepareSearch(): void {
  bundledIndex();
}

export function searchCorpus(query: string, records: readonly UserRecord[]): CorpusResults {
  const idx = bundledIndex();
  sync(idx, records);
  return searchThroughGlossary(
    query,
    (q) => idx.search(q),
    (q) => glossaryBrowser.find(q, 'all')[0],
  );
}
