// Node only: reads every assets/glossary/*.yaml, validates it against the data contract
// and returns the entries. Build scripts and tests use it; the extension never does (it
// ships the compiled JSON), so node:fs is fine here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ZodError, ZodType } from 'zod';
import { GlossaryFileSchema, type GlossaryEntry } from './schema';
import { TranslationFileSchema, type Translation } from './translation-schema';

/** The repository's glossary directory, independent of the working directory. */
export const GLOSSARY_DIR = fileURLToPath(new URL('../../assets/glossary/', import.meta.url));

/** Where the Russian and Kazakh sidecars live, inside the glossary directory. */
export const TRANSLATION_SUBDIR = 'ru';

/** One line per problem, naming the entry by id (or position, if it has no usable id) and field. */
function describeIssues(file: string, raw: unknown, issues: ZodError['issues']): string {
  return issues
    .map((issue) => {
      const [index, ...field] = issue.path;
      if (typeof index !== 'number') return `${file}: ${issue.message}`;
      const id = (raw as Array<{ id?: unknown }>)[index]?.id;
      const who = typeof id === 'string' ? `entry "${id}" (#${index})` : `entry #${index}`;
      const where = field.length > 0 ? `field "${field.join('.')}"` : 'entry';
      return `${file}: ${who}, ${where}: ${issue.message}`;
    })
    .join('\n');
}

function loadYamlList<T>(schema: ZodType<T[]>, path: string, name: string): T[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${name}: not valid YAML: ${(err as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(describeIssues(name, raw, result.error.issues));
  return result.data;
}

/** The *.yaml files of a directory, in name order so results are deterministic. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** Parses and validates one file; throws an Error naming the file, entry and field. */
export function loadGlossaryFile(path: string, name = path): GlossaryEntry[] {
  return loadYamlList(GlossaryFileSchema, path, name);
}

/** Parses and validates one Russian/Kazakh sidecar (ru/<category>.yaml); errors as above. */
export function loadTranslationFile(path: string, name = path): Translation[] {
  return loadYamlList(TranslationFileSchema, path, name);
}

/**
 * Every entry of every *.yaml file in `dir` (other files are ignored), files in name
 * order so the result is deterministic. Cross-file rules (unique ids, resolvable
 * `related`) are the tests' job, not the loader's.
 */
export function loadGlossaryFiles(dir: string = GLOSSARY_DIR): GlossaryEntry[] {
  return yamlFiles(dir).flatMap((f) => loadGlossaryFile(join(dir, f), f));
}

/** Every item of every sidecar in `dir`/ru (the directory must exist), files in name order. */
export function loadTranslationFiles(dir: string = GLOSSARY_DIR): Translation[] {
  const ruDir = join(dir, TRANSLATION_SUBDIR);
  return yamlFiles(ruDir).flatMap((f) => loadTranslationFile(join(ruDir, f), `${TRANSLATION_SUBDIR}/${f}`));
}
