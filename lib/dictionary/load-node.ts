// The compiled dictionary for Node (the command-line tools and tests); the extension
// fetches the same files in its background (entrypoints/background/dictionary.ts).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openDictionary, type Dictionary } from './dictionary';

const DICTIONARY_DIR = fileURLToPath(new URL('../../assets/generated/dictionary/', import.meta.url));

export function openDictionaryDir(dir = DICTIONARY_DIR): Promise<Dictionary> {
  return openDictionary((name) => readFile(`${dir}/${name}`, 'utf8'));
}
