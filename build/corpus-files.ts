// Where the corpus lives on disk; shared by the build script and the tests that compare against it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../lib/corpus/types';

const root = join(import.meta.dirname, '..');
const RAW_DIR = join(root, 'assets/corpus/raw');
export const CORPUS_JSON = join(root, 'assets/corpus/corpus.json');

export function readRawFiles(): SourceFile[] {
  return readdirSync(RAW_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(RAW_DIR, name), 'utf8') }));
}
