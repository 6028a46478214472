// The Firefox build passes Mozilla's linter (web-ext lint, the checks addons.mozilla.org
// runs on upload) without errors, and its manifest without warnings. Needs `npm run build`.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const FIREFOX_BUILD = '.output/firefox-mv3';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

test('web-ext lint finds no errors in the Firefox build', async () => {
  expect(existsSync(`${FIREFOX_BUILD}/manifest.json`), 'run npm run build first').toBe(true);
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)('node_modules/.bin/web-ext', ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  const report = JSON.parse(stdout) as LintReport;
  expect(report.errors).toEqual([]);
  expect(report.warnings.filter((w) => w.file === 'manifest.json')).toEqual([]);
  // web-ext reads every file of the build, the dictionary's shards included: a minute on a busy machine.
}, 240_000);

test('the Firefox manifest asks for no Chrome-only permission', () => {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8')) as { permissions?: string[] };
  // Firefox knows contextMenus as an alias of its own menus API; sidePanel is Chrome's alone.
  expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab']);
});
