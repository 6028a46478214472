// Checks the Russian/Kazakh sidecars (assets/glossary/ru/<category>.yaml) against the
// entries they belong to, and the coverage target, category by category: only the
// categories whose sidecar exists are held to it, so sidecars can land one at a time.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CATEGORIES, type Category } from '../../lib/glossary/categories';
import { glossary } from '../../lib/glossary/data';
import { hasCyrillic } from '../../lib/text/cyrillic';
import { GLOSSARY_DIR, loadGlossaryFiles, loadTranslationFile, loadTranslationFiles, TRANSLATION_SUBDIR } from './load-files';
import { mergeTranslations } from './merge';
import type { GlossaryEntry } from './schema';
import { TranslationSchema, type Translation } from './translation-schema';

/** The categories the issue wants a Russian rendering for every entry of. */
const RU_TARGET: readonly Category[] = ['organization', 'mechanism', 'agreement', 'security', 'policy', 'place', 'person'];
/** The share of those renderings that must be sourced (ruVerified), over all target entries present. */
const MIN_SOURCED = 0.8;

const RU_DIR = join(GLOSSARY_DIR, TRANSLATION_SUBDIR);
const sidecarFiles = readdirSync(RU_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const categoryOf = (file: string) => file.replace(/\.yaml$/, '');

let entries: GlossaryEntry[] = [];
let translations: Translation[] = [];
let loadError: Error | undefined;
try {
  entries = loadGlossaryFiles();
  translations = loadTranslationFiles();
} catch (err) {
  loadError = err instanceof Error ? err : new Error(String(err));
}
const entryById = new Map(entries.map((e) => [e.id, e]));

const percent = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((100 * n) / of)} %`);

describe('Russian and Kazakh sidecars', () => {
  test('every sidecar parses and every item is valid', () => {
    if (loadError) throw loadError;
    expect(sidecarFiles.length).toBeGreaterThan(0);
    expect(translations.length).toBeGreaterThan(0);
  });

  test('each sidecar is named for a category and holds only ids of that category', () => {
    const wrong = sidecarFiles.flatMap((f) => {
      if (!(CATEGORIES as readonly string[]).includes(categoryOf(f))) return [`${f}: not a category`];
      return loadTranslationFile(join(RU_DIR, f), f)
        .filter((t) => entryById.get(t.id)?.category !== categoryOf(f))
        .map((t) => `${f}: ${t.id} (${entryById.get(t.id)?.category ?? 'no such entry'})`);
    });
    expect(wrong).toEqual([]);
  });

  test('every sidecar id is the id of an entry, and appears once', () => {
    const seen = new Set<string>();
    const unknown = translations.filter((t) => !entryById.has(t.id)).map((t) => t.id);
    const dupes = translations.filter((t) => (seen.has(t.id) ? true : (seen.add(t.id), false))).map((t) => t.id);
    expect({ unknown, dupes }).toEqual({ unknown: [], dupes: [] });
  });

  // Definitions may quote a native name (policy.yaml quotes the Kazakh title of a programme
  // in its definitions); every field that names or matches the term must stay free of it.
  // A Russian or Kazakh source is cited by its own title, so ruSource and kkSource may hold it.
  test('Cyrillic appears in no naming field of the entries, nor in a sidecar id', () => {
    const naming = (e: GlossaryEntry) => [
      e.id, e.term, ...e.variants, e.pinyin, e.english, e.abbr ?? '', e.englishSource ?? '',
      ...e.alternatives.flatMap((a) => [a.text, a.source]),
      ...e.falseFriends.flatMap((f) => [f.text, f.note]),
      ...(e.context?.anyOf ?? []),
    ];
    const inEntries = entries.filter((e) => naming(e).some(hasCyrillic)).map((e) => e.id);
    const inSources = translations
      .filter((t) => hasCyrillic(t.id))
      .map((t) => t.id);
    expect({ inEntries, inSources }).toEqual({ inEntries: [], inSources: [] });
  });

  test('the compiled glossary carries every sidecar item (run npm run data)', () => {
    const compiled = new Map(glossary.entries.map((e) => [e.id, e]));
    const missing = translations
      .filter((t) => {
        const e = compiled.get(t.id);
        return e?.ru !== t.ru || e.ruVerified !== t.ruVerified || e.ruSource !== t.ruSource || e.kk !== t.kk || e.kkVerified !== t.kkVerified || e.kkSource !== t.kkSource || e.definition.ru !== t.definitionRu;
      })
      .map((t) => t.id);
    expect(missing).toEqual([]);
  });

  test(`Russian for every entry of the target categories present, ${100 * MIN_SOURCED} % of them sourced (counts printed)`, () => {
    const byId = new Map(translations.map((t) => [t.id, t]));
    const present = sidecarFiles.map(categoryOf).filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
    const lines: string[] = [];
    const untranslated: string[] = [];
    let targetEntries = 0;
    let targetSourced = 0;
    for (const category of present) {
      const inCategory = entries.filter((e) => e.category === category);
      const items = inCategory.flatMap((e) => byId.get(e.id) ?? []);
      const ruSourced = items.filter((t) => t.ruVerified).length;
      const kk = items.filter((t) => t.kk !== undefined);
      const kkSourced = kk.filter((t) => t.kkVerified).length;
      lines.push(
        `${category.padEnd(13)} ${String(inCategory.length).padStart(3)} entries | ru ${String(items.length).padStart(3)}, sourced ${String(ruSourced).padStart(3)} (${percent(ruSourced, items.length)}) | kk ${String(kk.length).padStart(3)}, sourced ${String(kkSourced).padStart(3)} (${percent(kkSourced, kk.length)})`,
      );
      if (!RU_TARGET.includes(category)) continue;
      untranslated.push(...inCategory.filter((e) => !byId.has(e.id)).map((e) => `${category}: ${e.id}`));
      targetEntries += inCategory.length;
      targetSourced += ruSourced;
    }
    lines.push(`target categories present: ${targetEntries} entries, ru sourced ${targetSourced} (${percent(targetSourced, targetEntries)})`);
    console.log(`Russian/Kazakh coverage by category\n${lines.join('\n')}`);
    expect(untranslated).toEqual([]);
    expect(targetSourced).toBeGreaterThanOrEqual(Math.ceil(MIN_SOURCED * targetEntries));
  });
});

describe('the sidecar contract rejects broken data', () => {
  const good = {
    id: 'sco',
    ru: 'Шанхайская организация сотрудничества',
    ruSource: 'SCO Charter, Russian text (7 June 2002)',
    ruVerified: true,
    kk: 'Шанхай ынтымақтастық ұйымы',
    kkSource: 'Kazakhstan MFA, Kazakh pages',
    kkVerified: true,
    definitionRu: 'Региональная организация, основанная в 2001 году; её члены — в том числе участники «Группы двадцати» (G20) и ШОС.',
  };

  test('accepts a good item, and one with no Kazakh and an unverified Russian without source', () => {
    expect(TranslationSchema.safeParse(good).success).toBe(true);
    const { kk: _kk, kkSource: _kks, kkVerified: _kkv, ruSource: _rus, ...bare } = good;
    expect(TranslationSchema.safeParse({ ...bare, ruVerified: false }).success).toBe(true);
  });

  test.each([
    ['a verified Russian without source', { ...good, ruSource: undefined }],
    ['a verified Kazakh without source', { ...good, kkSource: undefined }],
    ['Kazakh without kkVerified', { ...good, kkVerified: undefined }],
    ['kkVerified without Kazakh', { ...good, kk: undefined, kkSource: undefined }],
    ['a missing Russian definition', { ...good, definitionRu: undefined }],
    ['an unknown field', { ...good, en: 'SCO' }],
    ['Russian in Latin letters', { ...good, ru: 'Shanghai Cooperation Organisation' }],
    ['Chinese characters in the Russian', { ...good, ru: 'Шанхайская организация 合作' }],
    ['a Latin look-alike letter inside a Cyrillic word (Latin a in Астана)', { ...good, ru: 'Аст\u0061на' }],
    ['a lower-case Latin word in the definition', { ...good, definitionRu: 'Организация, основанная в 2001 году (see Charter).' }],
    ['Chinese characters in the Kazakh', { ...good, kk: '上合 ұйымы' }],
  ])('rejects %s', (_name, item) => {
    expect(TranslationSchema.safeParse(item).success).toBe(false);
  });
});

describe('merging sidecars into entries', () => {
  const entry = (id: string): GlossaryEntry => ({
    id,
    term: '亚信',
    variants: [],
    pinyin: 'Yàxìn',
    english: 'CICA',
    englishVerified: false,
    alternatives: [],
    category: 'organization',
    definition: { zh: '泛亚安全论坛。', en: 'A pan-Asian security forum.' },
    related: [],
    falseFriends: [],
  });
  const item = (id: string): Translation => ({ id, ru: 'СВМДА', ruVerified: false, definitionRu: 'Общеазиатский форум по безопасности.' });

  test('puts ru, ruVerified and definition.ru on the entry with that id and leaves the others alone', () => {
    const [a, b] = mergeTranslations([entry('cica'), entry('sco')], [item('cica')]);
    expect(a).toMatchObject({ id: 'cica', ru: 'СВМДА', ruVerified: false, definition: { en: 'A pan-Asian security forum.', ru: 'Общеазиатский форум по безопасности.' } });
    expect(b).toEqual(entry('sco'));
  });

  test('fails on an id that is no entry, naming it', () => {
    expect(() => mergeTranslations([entry('cica')], [item('cicaa')])).toThrow(/"cicaa" is not the id of any glossary entry/);
  });

  test('fails on a second item for one id', () => {
    expect(() => mergeTranslations([entry('cica')], [item('cica'), item('cica')])).toThrow(/"cica" has more than one/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'glossary-ru-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the loader names the sidecar, entry id and field', () => {
    mkdirSync(join(dir, TRANSLATION_SUBDIR));
    writeFileSync(join(dir, TRANSLATION_SUBDIR, 'organization.yaml'), ['- id: cica', '  ru: СВМДА', '  ruVerified: true', '  definitionRu: Общеазиатский форум по безопасности.'].join('\n'));
    expect(() => loadTranslationFiles(dir)).toThrow(/ru\/organization\.yaml: entry "cica" \(#0\), field "ruSource"/);
  });
});
