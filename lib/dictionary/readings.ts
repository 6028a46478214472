// A word's pinyin written as which reading of each character it uses. CC-CEDICT spells
// every syllable out (zhong1 guo2 ren2); most are a character's usual reading, so the
// compiled files keep a table of each character's readings (most used first) and write
// a word's pinyin as one code per character: '^' when the syllable is capitalised
// (names), then the reading's position as one base-36 digit; the zeros that end a code
// are left out, so the usual readings take no room. 中国人 is '', 南京 'Nan2 jing1' is
// '^'. A reading the table cannot give is written out after '='.
// This takes the pinyin column from a third of the compressed dictionary to a few percent.

/** Each character's readings, lower-case numbered pinyin, most used first. */
export type ReadingTable = ReadonlyMap<string, readonly string[]>;

const LITERAL = '=';
const CAPITAL = '^';
/** Positions 1..35 fit one base-36 digit; rarer readings are written out. */
const MAX_POSITION = 35;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Counts each character's readings over the words whose syllables match their characters one to one. */
export function buildReadingTable(words: Iterable<{ simplified: string; pinyin: string }>): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const { simplified, pinyin } of words) {
    const chars = [...simplified];
    const syllables = pinyin.split(' ');
    if (chars.length !== syllables.length) continue;
    chars.forEach((c, i) => {
      const reading = syllables[i]!.toLowerCase();
      let byReading = counts.get(c);
      if (!byReading) counts.set(c, (byReading = new Map<string, number>()));
      byReading.set(reading, (byReading.get(reading) ?? 0) + 1);
    });
  }
  const table = new Map<string, string[]>();
  for (const [c, byReading] of counts) {
    // Most used first; ties in the order first met, so the table is the same on every build.
    table.set(c, [...byReading].sort((a, b) => b[1] - a[1]).map(([reading]) => reading));
  }
  return table;
}

export function encodeReadings(simplified: string, pinyin: string, table: ReadingTable): string {
  const chars = [...simplified];
  const syllables = pinyin.split(' ');
  if (chars.length === syllables.length) {
    const codes = chars.map((c, i) => {
      const syllable = syllables[i]!;
      const position = table.get(c)?.indexOf(syllable.toLowerCase()) ?? -1;
      if (position < 0 || position > MAX_POSITION) return undefined;
      const capital = syllable !== syllable.toLowerCase();
      if (capital && syllable !== capitalise(syllable.toLowerCase())) return undefined;
      return (capital ? CAPITAL : '') + position.toString(36);
    });
    if (codes.every((code) => code !== undefined)) return codes.join('').replace(/0+$/, '');
  }
  return LITERAL + pinyin;
}

export function decodeReadings(simplified: string, field: string, table: ReadingTable): string {
  if (field.startsWith(LITERAL)) return field.slice(LITERAL.length);
  let at = 0;
  const syllables = [...simplified].map((c) => {
    const capital = field[at] === CAPITAL;
    if (capital) at++;
    let position = 0; // a code's left-out ending
    if (at < field.length) {
      if (!/[0-9a-z]/.test(field[at]!)) throw new Error(`dictionary: a damaged reading code for ${simplified}`);
      position = parseInt(field[at++]!, 36);
    }
    const reading = table.get(c)?.[position];
    if (reading === undefined) throw new Error(`dictionary: no reading ${position} for ${c}`);
    return capital ? capitalise(reading) : reading;
  });
  if (at !== field.length) throw new Error(`dictionary: a damaged reading code for ${simplified}`);
  return syllables.join(' ');
}

/** The table as one line: each character followed by its readings, space-separated; entries tab-separated. */
export function formatReadingTable(table: ReadingTable): string {
  return [...table].map(([c, readings]) => c + readings.join(' ')).join('\t');
}

export function parseReadingTable(line: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const item of line ? line.split('\t') : []) {
    if (!item) throw new Error('dictionary: a damaged reading table');
    const c = String.fromCodePoint(item.codePointAt(0)!);
    table.set(c, item.slice(c.length).split(' '));
  }
  return table;
}
