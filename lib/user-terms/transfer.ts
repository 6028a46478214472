// My terms as files: JSON ({format, version, terms}) and CSV (a header row, variants joined
// with |). An import is checked whole before anything is stored: one bad term refuses the
// file with the row and the reason, and nothing changes. Merging: a term whose form is
// already in the list replaces that entry (it keeps its id), the others are added, and
// terms not in the file stay.
import * as z from 'zod/mini';
import { readJsonFile, readTextFile, refused, type JsonFileProblem, type JsonFileSource, type JsonImport } from '../json-file/read-json-file';
import { parseCsv, toCsv } from './csv';
import { MAX_USER_TERMS, UserTermInputSchema, type UserTerm, type UserTermInput } from './schema';

const MY_TERMS_FORMAT = 'treaty-lens-my-terms';
const MY_TERMS_VERSION = 1;
const CSV_HEADER = ['term', 'variants', 'english', 'note', 'category'] as const;
const VARIANT_SEPARATOR = '|';

export type TermImportProblem =
  | { code: 'not-my-terms' }
  | { code: 'unsupported-version'; version: unknown }
  | { code: 'not-csv' }
  | { code: 'bad-header'; expected: string }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'invalid-term'; row: number; path: string; message: string }
  | { code: 'duplicate-term'; row: number; term: string };

const input = (t: UserTerm): UserTermInput => ({ term: t.term, variants: t.variants, english: t.english, note: t.note, category: t.category });

export function termsToJson(terms: readonly UserTerm[]): string {
  return `${JSON.stringify({ format: MY_TERMS_FORMAT, version: MY_TERMS_VERSION, terms: terms.map(input) }, null, 2)}\n`;
}

export function termsToCsv(terms: readonly UserTerm[]): string {
  return toCsv([CSV_HEADER, ...terms.map((t) => [t.term, t.variants.join(VARIANT_SEPARATOR), t.english, t.note, t.category])]);
}

/** Each item checked; the first bad one or a form given twice refuses the whole list. Rows count from 1. */
function checkTerms(items: readonly unknown[]): JsonImport<UserTermInput[], TermImportProblem> {
  if (items.length > MAX_USER_TERMS) return refused({ code: 'too-many', count: items.length, max: MAX_USER_TERMS });
  const terms: UserTermInput[] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const parsed = UserTermInputSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refused({ code: 'invalid-term', row: i + 1, path: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid' });
    }
    if (seen.has(parsed.data.term)) return refused({ code: 'duplicate-term', row: i + 1, term: parsed.data.term });
    seen.add(parsed.data.term);
    terms.push(parsed.data);
  }
  return { ok: true, value: terms };
}

const FileSchema = z.object({ format: z.literal(MY_TERMS_FORMAT), version: z.unknown(), terms: z.array(z.unknown()) });

/** The check readJsonFile hands a parsed JSON file to. */
export function checkTermsJson(raw: unknown): JsonImport<UserTermInput[], TermImportProblem> {
  const file = FileSchema.safeParse(raw);
  if (!file.success) return refused({ code: 'not-my-terms' });
  if (file.data.version !== MY_TERMS_VERSION) return refused({ code: 'unsupported-version', version: file.data.version });
  return checkTerms(file.data.terms);
}

export function parseTermsCsv(text: string): JsonImport<UserTermInput[], TermImportProblem> {
  const rows = parseCsv(text);
  if (!rows) return refused({ code: 'not-csv' });
  const [header, ...body] = rows;
  if (header?.join(',') !== CSV_HEADER.join(',')) return refused({ code: 'bad-header', expected: CSV_HEADER.join(',') });
  return checkTerms(
    body.map((r) =>
      r.length !== CSV_HEADER.length
        ? { columns: r.length } // fails the schema: reported as the row's problem
        : { term: r[0], variants: r[1] ? r[1].split(VARIANT_SEPARATOR) : [], english: r[2], note: r[3], category: r[4] },
    ),
  );
}

/** The list after an import (see the merge rule above); new ids from `newId`. */
export function mergeTerms(existing: readonly UserTerm[], imported: readonly UserTermInput[], newId: () => string): UserTerm[] {
  const byTerm = new Map(imported.map((t) => [t.term, t]));
  const merged = existing.map((t) => {
    const replacement = byTerm.get(t.term);
    byTerm.delete(t.term);
    return replacement ? { ...replacement, id: t.id } : t;
  });
  return [...merged, ...[...byTerm.values()].map((t) => ({ ...t, id: newId() }))];
}

/** Largest file an import reads: far above MAX_USER_TERMS terms of usual length. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A chosen file, read as CSV if its name says so, else as JSON. */
export async function readTermsFile(file: JsonFileSource & { readonly name: string }): Promise<JsonImport<UserTermInput[], TermImportProblem | JsonFileProblem>> {
  if (!/\.csv$/i.test(file.name)) return readJsonFile(file, MAX_FILE_BYTES, checkTermsJson);
  const text = await readTextFile(file, MAX_FILE_BYTES);
  return text.ok ? parseTermsCsv(text.value) : text;
}
