// A dictionary entry's parts in words, the same in the side panel and on the page's card.
import type { DictionaryRef } from './format';
import { toToneMarks } from './pinyin';

/** A classifier or variant: 个（個） gè. */
export const describeRef = (r: DictionaryRef): string =>
  `${r.simplified}${r.traditional !== r.simplified ? `（${r.traditional}）` : ''}${r.pinyin ? ` ${toToneMarks(r.pinyin)}` : ''}`;

/** One character of a longer word: each reading with its first senses; '—' when it has none. */
export const describeCharacter = (entries: readonly { pinyin: string; senses: readonly string[] }[]): string =>
  entries.map((e) => `${e.pinyin}: ${e.senses.slice(0, 3).join('; ')}`).join(' · ') || '—';
