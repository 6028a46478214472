// The export file of the user's corpus, and the strict reading of one for import: a file
// is taken whole or not at all, so every document is checked before anything is stored.
import * as z from 'zod/mini';
import { readJsonFile, refused, type JsonFileProblem, type JsonFileSource, type JsonImport } from '../json-file/read-json-file';
import { UserDocumentSchema, type UserDocument } from './schema';

const EXPORT_FORMAT = 'treaty-lens/user-corpus';
const EXPORT_VERSION = 1;
/** Checked on the file's size before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_IMPORT_DOCUMENTS = 2_000;

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.iso.datetime(),
  documents: z.array(z.unknown()),
});

export type ImportProblem =
  | JsonFileProblem
  | { code: 'not-an-export' }
  | { code: 'unsupported-version'; version: number }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'invalid-document'; index: number; path: string; message: string }
  | { code: 'duplicate-id'; id: string };

export type ImportResult = JsonImport<UserDocument[], ImportProblem>;

export function exportUserCorpus(documents: readonly UserDocument[], exportedAt: string): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, documents }, null, 1)}\n`;
}

/** Reads a chosen export file; nothing in it is taken unless all of it is valid. */
export function readUserCorpusFile(file: JsonFileSource): Promise<ImportResult> {
  return readJsonFile(file, MAX_IMPORT_BYTES, checkExport);
}

function checkExport(raw: unknown): ImportResult {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return refused({ code: 'not-an-export' });
  const { version, documents } = envelope.data;
  if (version !== EXPORT_VERSION) return refused({ code: 'unsupported-version', version });
  if (documents.length > MAX_IMPORT_DOCUMENTS) return refused({ code: 'too-many', count: documents.length, max: MAX_IMPORT_DOCUMENTS });
  const parsed: UserDocument[] = [];
  const seen = new Set<string>();
  for (const [index, item] of documents.entries()) {
    const doc = UserDocumentSchema.safeParse(item);
    if (!doc.success) {
      const issue = doc.error.issues[0]!;
      return refused({ code: 'invalid-document', index, path: issue.path.join('.'), message: issue.message });
    }
    if (seen.has(doc.data.id)) return refused({ code: 'duplicate-id', id: doc.data.id });
    seen.add(doc.data.id);
    parsed.push(doc.data);
  }
  return { ok: true, value: parsed };
}
