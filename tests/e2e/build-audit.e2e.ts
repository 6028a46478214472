// The built extension, read as files: the permissions it asks for, its CSP, and that
// nothing in it evaluates strings as code or runs inline script. Adding a permission or an
// eval path must fail here first; the README's Permissions table says why each one exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv3';
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; all_frames?: boolean; world?: string }[];
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

describe.each([
  ['Chrome', CHROME, ['storage', 'contextMenus', 'activeTab', 'sidePanel']],
  ['Firefox', FIREFOX, ['storage', 'contextMenus', 'activeTab']],
])('%s manifest', (_name, dir, permissions) => {
  const m = manifest(dir);

  test('asks for the minimal permissions, no hosts; http(s) origins only as optional, for the PDF reader', () => {
    expect(m.permissions).toEqual(permissions);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  test('runs its content script on http and https pages only, top frame, isolated world', () => {
    expect(m.content_scripts?.map((c) => ({ matches: c.matches, all_frames: c.all_frames, world: c.world }))).toEqual([
      { matches: ['http://*/*', 'https://*/*'], all_frames: undefined, world: undefined },
    ]);
  });

  test("extension pages' CSP allows our own scripts and wasm, nothing else", () => {
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
  });
});

describe.each([CHROME, FIREFOX])('%s files', (dir) => {
  test('every <script> in extension HTML has a src on the extension, and no inline handlers', () => {
    for (const file of files(dir, '.html')) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/\bsrc="\/[^/"][^"]*"/);
      expect(html.match(/<script\b[^>]*>[^<]+<\/script>/gi), file).toBeNull();
      expect(html.match(/\son[a-z]+\s*=/gi), file).toBeNull();
    }
  });

  // A call of eval or Function (not a property such as inspectedWindow.eval, not text in a
  // string), `new Function`, Function stored in a variable to be called later (how zod's JIT
  // hides `new Function`), a string passed to setTimeout/setInterval, remote imports.
  const EVAL_PATTERNS: [string, RegExp][] = [
    ['eval(', /(?<![\w$.`'"])eval\s*\(/],
    ['Function(', /(?<![\w$.`'"])(?:new\s+)?Function\s*\(/],
    ['Function kept for later', /[=,(:]\s*Function\s*[,;)}]/],
    ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
    ['remote import', /\bimport(?:Scripts)?\s*\(\s*['"`]https?:/],
  ];

  test.each([...files(dir, '.js'), ...files(dir, '.mjs')].map((f) => [f.slice(dir.length + 1), f]))('%s evaluates no strings as code', (_short, file) => {
    const code = readFileSync(file, 'utf8');
    const found: string[] = [];
    for (const [name, pattern] of EVAL_PATTERNS) {
      const g = new RegExp(pattern.source, 'g');
      for (const m of code.matchAll(g)) found.push(`${name}: …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
    }
    expect(found).toEqual([]);
  });
});
