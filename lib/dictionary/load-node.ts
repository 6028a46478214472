// The compiled dictionary for Node (the command-line tools and tests); the extension
// fetches the same files in its background (entrypoints/background/dictionary.ts).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { initSync } from 'brotli-dec-wasm/web';
import { openDictionary, type Dictionary } from './dictionary';
import { unpack } from './packed';

const DICTIONARY_DIR = fileURLToPath(new URL('../../assets/generated/dictionary/', import.meta.url));

initSync({ module: readFileSync(createRequire(import.meta.url).resolve('brotli-dec-wasm/web/bg.wasm')) });

export const readDictionaryFile = async (name: string, dir = DICTIONARY_DIR): Promise<string> => unpack(await readFile(`${dir}/${name}`), name);

export function openDictionaryDir(dir = DICTIONARY_DIR): Promise<Dictionary> {
  return openDictionary((name) => readDictionaryFile(name, dir));
}
