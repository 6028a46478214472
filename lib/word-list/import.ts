// Reading a word-list JSON file back: checked whole before anything is stored, so a bad
// file is refused with the reason and changes nothing; merged, skipping words already kept.
import * as z from 'zod/mini';
import { WORD_LIST_FORMAT, WORD_LIST_VERSION } from './export';
import { savedWordId, SavedWordSchema, type SavedWord } from './schema';

const MAX_IMPORT_WORDS = 50_000;

export type WordImportProblem =
  | { code: 'not-json' }
  | { code: 'not-a-word-list' }
  | { code: 'unsupported-version'; version: unknown }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'invalid-word'; index: number; path: string; message: string };

const FileSchema = z.object({ format: z.literal(WORD_LIST_FORMAT), version: z.unknown(), words: z.array(z.unknown()) });

export function parseWordListFile(text: string): { ok: true; words: SavedWord[] } | { ok: false; problem: WordImportProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const file = FileSchema.safeParse(raw);
  if (!file.success) return { ok: false, problem: { code: 'not-a-word-list' } };
  if (file.data.version !== WORD_LIST_VERSION) return { ok: false, problem: { code: 'unsupported-version', version: file.data.version } };
  if (file.data.words.length > MAX_IMPORT_WORDS) return { ok: false, problem: { code: 'too-many', count: file.data.words.length, max: MAX_IMPORT_WORDS } };
  const words: SavedWord[] = [];
  for (const [index, item] of file.data.words.entries()) {
    const parsed = SavedWordSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, problem: { code: 'invalid-word', index, path: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid' } };
    }
    // The id is derived, never trusted: a file cannot make two different words collide.
    words.push({ ...parsed.data, id: savedWordId(parsed.data) });
  }
  return { ok: true, words };
}

/** The imported words not already kept (nor repeated in the file), in file order. */
export function newWords(existing: readonly SavedWord[], imported: readonly SavedWord[]): SavedWord[] {
  const seen = new Set(existing.map((w) => w.id));
  return imported.filter((w) => !seen.has(w.id) && (seen.add(w.id), true));
}
