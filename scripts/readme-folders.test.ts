// The README's "Where things live" table names real folders: a move that forgets the table fails here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from 'vitest';

test('every folder the README says things live in exists', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Where things live'), readme.indexOf('\n## ', readme.indexOf('## Where things live') + 1));
  const folders = [...section.matchAll(/`([\w./-]+\/)`/g)].map((m) => m[1]!);
  expect(folders.length).toBeGreaterThan(20);
  const missing = folders.filter((f) => !existsSync(f) || !statSync(f).isDirectory());
  expect(missing).toEqual([]);
});
