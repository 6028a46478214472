// The Chrome zip as a store would receive it: `wxt zip` (Chrome is its default target) into
// .output, then the size of the *-chrome.zip it wrote.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function chromeZipBytes(cwd = process.cwd()): { bytes: number; file: string } {
  const run = spawnSync('npx', ['wxt', 'zip'], { cwd, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`wxt zip failed (${run.status ?? run.signal}): ${run.stderr.slice(-500)}`);
  const dir = join(cwd, '.output');
  const zips = readdirSync(dir)
    .filter((name) => name.endsWith('-chrome.zip'))
    .map((name) => ({ file: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const newest = zips[0];
  if (!newest) throw new Error(`wxt zip wrote no *-chrome.zip into ${dir}`);
  return { bytes: statSync(newest.file).size, file: newest.file };
}
