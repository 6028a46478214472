// Reading a JSON file the reader chose for import: its size is checked before it is read,
// then its text is parsed and handed to the caller's check. Every import returns the same
// shape, a value or one problem as a code with its details, which each screen words in its
// own language.

/** What is needed of a File (a Blob in tests). */
export interface JsonFileSource {
  readonly size: number;
  text(): Promise<string>;
}

/** Problems found before the caller's check sees the contents. */
export type JsonFileProblem =
  | { code: 'too-big'; bytes: number; max: number }
  | { code: 'unreadable'; message: string }
  | { code: 'not-json' };

export type JsonImport<T, P> = { ok: true; value: T } | { ok: false; problem: P };

/** Narrows an import to the problem, for a check that found one. */
export const refused = <P>(problem: P): { ok: false; problem: P } => ({ ok: false, problem });

/** A chosen file's text, refused before reading if it is too big, or if it cannot be read. */
export async function readTextFile(file: JsonFileSource, maxBytes: number): Promise<JsonImport<string, Exclude<JsonFileProblem, { code: 'not-json' }>>> {
  if (file.size > maxBytes) return refused({ code: 'too-big', bytes: file.size, max: maxBytes });
  try {
    return { ok: true, value: await file.text() };
  } catch (err) {
    // The file changed or went away between choosing it and reading it.
    return refused({ code: 'unreadable', message: err instanceof Error ? err.message : String(err) });
  }
}

export async function readJsonFile<T, P>(
  file: JsonFileSource,
  maxBytes: number,
  check: (raw: unknown) => JsonImport<T, P>,
): Promise<JsonImport<T, P | JsonFileProblem>> {
  const text = await readTextFile(file, maxBytes);
  if (!text.ok) return text;
  let raw: unknown;
  try {
    raw = JSON.parse(text.value);
  } catch {
    return refused({ code: 'not-json' });
  }
  return check(raw);
}
