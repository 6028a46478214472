// The side panel's dictionary search for a query without characters: pinyin (with tone
// marks, tone numbers or none: "shanghai", "shàng hǎi", "shang4hai3") and English words.
// Pinyin matches the whole reading; English matches whole words of a sense.
import type { Columns, Dictionary, DictionaryEntry } from './dictionary';
import { toToneMarks } from './pinyin';

/** Lower case, no spaces or apostrophes; ü and u: as v. */
function squeeze(pinyin: string): string {
  return pinyin.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v').replace(/[\s'’]/g, '');
}

/** Without tones: no digits, no marks. */
function toneless(pinyin: string): string {
  return squeeze(pinyin.normalize('NFD').replace(/[\u0300-\u0304\u030c]/g, '').normalize('NFC')).replace(/[1-5]/g, '');
}

const folded = new WeakMap<Columns, string[]>();

function tonelessColumn(columns: Columns): string[] {
  let column = folded.get(columns);
  // The data's pinyin is numbered, never marked: squeezing and dropping digits is enough.
  if (!column) folded.set(columns, (column = columns.pinyin.map((p) => p.toLowerCase().replace(/u:/g, 'v').replace(/[\s1-5]/g, ''))));
  return column;
}

function pinyinMatches(columns: Columns, query: string): number[] {
  const key = toneless(query);
  if (!/^[a-z]+$/.test(key)) return [];
  const hasMarks = query.normalize('NFD') !== query.normalize('NFD').replace(/[\u0300-\u0304\u030c]/g, '');
  const hasNumbers = /[1-5]/.test(query);
  const column = tonelessColumn(columns);
  const found: number[] = [];
  for (let i = 0; i < column.length; i++) {
    if (column[i] !== key) continue;
    const numbered = columns.pinyin[i]!;
    if (hasMarks && squeeze(toToneMarks(numbered).normalize('NFC')) !== squeeze(query.normalize('NFC'))) continue;
    if (hasNumbers && squeeze(numbered).replace(/5/g, '') !== squeeze(query).replace(/5/g, '')) continue;
    found.push(i);
  }
  // Common words have more senses: a cheap stand-in for frequency.
  return found.sort((a, b) => columns.senses[b]!.length - columns.senses[a]!.length);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function englishMatches(columns: Columns, query: string): number[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (q.length < 2) return [];
  const word = new RegExp(`(^|[^a-z])${escape(q)}($|[^a-z])`);
  const scored: [index: number, score: number][] = [];
  const { senses, simplified } = columns;
  for (let i = 0; i < senses.length; i++) {
    const text = senses[i]!.toLowerCase();
    if (!text.includes(q) || !word.test(text)) continue;
    // 0: a sense is the query (or "to" + it); 1: a sense starts with it; 2: it is inside one.
    let score = 2;
    for (const sense of text.split('/')) {
      const bare = sense.replace(/\([^)]*\)/g, '').trim().replace(/^to /, '');
      if (bare === q) score = 0;
      else if (score > 1 && bare.startsWith(q) && !/[a-z]/.test(bare[q.length] ?? '')) score = 1;
    }
    scored.push([i, score]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || simplified[a[0]]!.length - simplified[b[0]]!.length || senses[b[0]]!.length - senses[a[0]]!.length)
    .map(([i]) => i);
}

/** Fetches every shard the first time: a search reads every entry. */
export async function searchDictionary(dictionary: Dictionary, query: string, limit: number): Promise<DictionaryEntry[]> {
  if (!query.trim()) return [];
  const columns = await dictionary.allColumns();
  const indexes = [...new Set([...pinyinMatches(columns, query), ...englishMatches(columns, query)])];
  return indexes.slice(0, limit).map((i) => dictionary.entry(i));
}
