// Checks the glossary data (assets/glossary/*.yaml) as a whole: what the schema cannot
// see because it spans entries, files or the corpus.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { normalize, normalizeForm } from '../../lib/text/normalize';
import { GLOSSARY_DIR, loadGlossaryFile, loadGlossaryFiles } from './load-files';
import { EntrySchema, type GlossaryEntry } from './schema';

const CORPUS_RAW_DIR = fileURLToPath(new URL('../../assets/corpus/raw/', import.meta.url));
const MIN_ENTRIES = 150;

// Loaded once; a loading error fails the first test (with the loader's message naming
// file, entry and field) instead of aborting the whole file.
let entries: GlossaryEntry[] = [];
let loadError: Error | undefined;
try {
  entries = loadGlossaryFiles();
} catch (err) {
  loadError = err instanceof Error ? err : new Error(String(err));
}
const forms = (e: GlossaryEntry) => [e.term, ...e.variants];

// The raw texts as the matcher sees pages: spaced PDF characters and hard line breaks
// joined, dashes unified (004 is PDF-extracted: "中 国 —\n中 亚 峰 会").
const corpus = readdirSync(CORPUS_RAW_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => normalize(readFileSync(join(CORPUS_RAW_DIR, f), 'utf8')).text)
  .join('\n');

/** Does `a` end with a prefix of `b` (at least `min` characters long)? */
function overlaps(a: string, b: string, min = 2): boolean {
  for (let n = Math.min(a.length, b.length) - 1; n >= min; n--) {
    if (a.endsWith(b.slice(0, n))) return true;
  }
  return false;
}

describe('glossary data', () => {
  test('every file parses and every entry is valid', () => {
    if (loadError) throw loadError;
    expect(entries.length).toBeGreaterThan(0);
  });

  test(`has at least ${MIN_ENTRIES} entries`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_ENTRIES);
  });

  test('each file holds only its own category (organization.yaml → organization)', () => {
    const wrong = readdirSync(GLOSSARY_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) =>
        loadGlossaryFile(join(GLOSSARY_DIR, f), f)
          .filter((e) => `${e.category}.yaml` !== f)
          .map((e) => `${f}: ${e.id} (${e.category})`),
      );
    expect(wrong).toEqual([]);
  });

  test('ids are unique', () => {
    const seen = new Set<string>();
    const dupes = entries.map((e) => e.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(dupes).toEqual([]);
  });

  test('every related id resolves and is not the entry itself', () => {
    const ids = new Set(entries.map((e) => e.id));
    const broken = entries.flatMap((e) =>
      e.related.filter((r) => !ids.has(r) || r === e.id).map((r) => `${e.id} → ${r}`),
    );
    expect(broken).toEqual([]);
  });

  test('no surface form belongs to two entries (compared as the matcher sees them)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const form of new Set(forms(e).map(normalizeForm))) {
        const other = owner.get(form);
        if (other !== undefined && other !== e.id) clashes.push(`${form}: ${other} and ${e.id}`);
        owner.set(form, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('no false friend is also a form of any entry', () => {
    const all = new Set(entries.flatMap((e) => forms(e).map(normalizeForm)));
    const bad = entries.flatMap((e) =>
      e.falseFriends.filter((ff) => all.has(normalizeForm(ff.text))).map((ff) => `${e.id}: ${ff.text}`),
    );
    expect(bad).toEqual([]);
  });

  test("false-friend texts contain or overlap a form of their entry", () => {
    const bad = entries.flatMap((e) =>
      e.falseFriends
        .filter((ff) => {
          const text = normalizeForm(ff.text);
          return !forms(e)
            .map(normalizeForm)
            .some((form) => text.includes(form) || overlaps(text, form) || overlaps(form, text));
        })
        .map((ff) => `${e.id}: ${ff.text}`),
    );
    expect(bad).toEqual([]);
  });

  test('every entry occurs in the corpus or says why it is included', () => {
    const missing = entries
      .filter((e) => e.whyIncluded === undefined && !forms(e).some((f) => corpus.includes(normalizeForm(f))))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });

  test('pinyin carries tone marks and no tone numbers', () => {
    const toneMark = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
    const bad = entries.filter((e) => !toneMark.test(e.pinyin) || /[a-zü][1-5]\b/i.test(e.pinyin)).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  test('alternative renderings differ from the main English and from each other', () => {
    const fold = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const bad = entries.flatMap((e) => {
      const seen = new Set([fold(e.english)]);
      return e.alternatives.filter((a) => (seen.has(fold(a.text)) ? true : (seen.add(fold(a.text)), false))).map((a) => `${e.id}: ${a.text}`);
    });
    expect(bad).toEqual([]);
  });

  test('the renderings the issue names are there as alternatives, each with a source', () => {
    const alt = (id: string) => entries.find((e) => e.id === id)?.alternatives.map((a) => a.text) ?? [];
    expect(alt('three-evil-forces')).toEqual(expect.arrayContaining(['three evil forces', 'three evils']));
    expect(alt('community-with-shared-future')).toContain('community of common destiny');
    expect(alt('asian-security-concept')).toContain('New Asian Security Concept');
  });

  test("no context cue lies inside the entry's shortest form (the rule would always be met)", () => {
    const bad = entries.flatMap((e) => {
      if (!e.context) return [];
      const shortest = normalizeForm(forms(e).reduce((a, b) => (b.length < a.length ? b : a)));
      return e.context.anyOf.filter((cue) => shortest.includes(normalizeForm(cue))).map((cue) => `${e.id}: ${cue}`);
    });
    expect(bad).toEqual([]);
  });

  test('context cues are non-empty after normalisation', () => {
    const bad = entries.filter((e) => e.context?.anyOf.some((cue) => normalizeForm(cue) === '')).map((e) => e.id);
    expect(bad).toEqual([]);
  });
});

describe('the validator rejects broken data', () => {
  const good = {
    id: 'cica',
    term: '亚信',
    pinyin: 'Yàxìn',
    english: 'Conference on Interaction and Confidence Building Measures in Asia',
    englishSource: 'CICA Secretariat',
    englishVerified: true,
    category: 'organization',
    definition: { zh: '泛亚安全论坛。', en: 'A pan-Asian security forum.' },
  };

  test('accepts a minimal good entry', () => {
    expect(EntrySchema.safeParse(good).success).toBe(true);
  });

  test.each([
    ['a non-kebab id', { ...good, id: 'CICA_1' }],
    ['a term without Chinese characters', { ...good, term: 'CICA' }],
    ['an unknown category', { ...good, category: 'forum' }],
    ['a missing definition', { ...good, definition: undefined }],
    ['an unknown field', { ...good, sauce: 'x' }],
    ['a verified English without source', { ...good, englishSource: undefined }],
    ['a one-character false friend', { ...good, falseFriends: [{ text: '亚', note: 'too short' }] }],
    ['an alternative rendering without source', { ...good, alternatives: [{ text: 'Asian CBM conference' }] }],
  ])('rejects %s', (_name, entry) => {
    expect(EntrySchema.safeParse(entry).success).toBe(false);
  });

  const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the loader names file, entry id and field, and ignores non-YAML files', () => {
    writeFileSync(join(dir, 'README.md'), 'not yaml: [');
    writeFileSync(
      join(dir, 'organization.yaml'),
      ['- id: cica', '  term: 亚信', '  pinyin: Yàxìn', '  english: CICA', '  englishVerified: true', '  category: organization', '  definition: {zh: 泛亚安全论坛。, en: A pan-Asian security forum.}'].join('\n'),
    );
    expect(() => loadGlossaryFiles(dir)).toThrow(/organization\.yaml: entry "cica" \(#0\), field "englishSource"/);
  });

  test('the loader reports unparsable YAML with the file name', () => {
    writeFileSync(join(dir, 'organization.yaml'), '- id: [unclosed');
    expect(() => loadGlossaryFiles(dir)).toThrow(/organization\.yaml: not valid YAML/);
  });
});
