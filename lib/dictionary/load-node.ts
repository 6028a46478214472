// The compiled dictionary for Node (the command-line tools and tests); the extension
// fetches the same file in its background (entrypoints/background/dictionary.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDictionary, type Dictionary } from './dictionary';

const FILE = fileURLToPath(new URL('../../assets/generated/dictionary.txt', import.meta.url));

export function loadDictionaryFromFile(file = FILE): Dictionary {
  return parseDictionary(readFileSync(file, 'utf8'));
}
