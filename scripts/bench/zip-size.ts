// The Chrome zip as a store would receive it: `wxt zip` (Chrome is its default target) into
// .output, then the size of the *-chrome.zip it wrote.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function chromeZipBytes(cwd = process.cwd()): { bytes: number; file: string; dictionaryBytes: number } {
  const run = spawnSync('npx', ['wxt', 'zip'], { cwd, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`wxt zip failed (${run.status ?? run.signal}): ${run.stderr.slice(-500)}`);
  const dir = join(cwd, '.output');
  const zips = readdirSync(dir)
    .filter((name) => name.endsWith('-chrome.zip'))
    .map((name) => ({ file: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const newest = zips[0];
  if (!newest) throw new Error(`wxt zip wrote no *-chrome.zip into ${dir}`);
  const sizes = zipEntrySizes(readFileSync(newest.file));
  const dictionaryBytes = [...sizes].reduce((sum, [name, size]) => sum + (isDictionaryFile(name) ? size : 0), 0);
  return { bytes: statSync(newest.file).size, file: newest.file, dictionaryBytes };
}

/** Each file's compressed size in a zip, from its central directory. */
export function zipEntrySizes(zip: Buffer): Map<string, number> {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const sizes = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== ENTRY) throw new Error('a damaged zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    sizes.set(name, zip.readUInt32LE(at + 20));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return sizes;
}

/** What the general dictionary adds to the zip: its files and the decoder that unpacks them. */
export const isDictionaryFile = (name: string) => name.startsWith('dictionary/') || name === 'brotli_dec_wasm_bg.wasm';
