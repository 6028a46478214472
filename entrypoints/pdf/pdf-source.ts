// Where the reader's bytes come from: a file the reader picked or dropped, or the address
// in ?file= (http(s), or a blob: URL). Fetching an http(s) file is the one request Treaty
// Lens makes; the host permission for that origin was asked for where the reader clicked
// (popup, context menu), and without it the fetch is refused.
import { MAX_PDF_BYTES } from '@/lib/pdf/pdf-file';

type SourceProblem = 'too-large' | 'unreachable' | 'bad-url';
export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; problem: SourceProblem };

/** The ?file= address, if it is one the reader opens. */
export function fileParam(search: string): URL | 'bad-url' | undefined {
  const raw = new URLSearchParams(search).get('file');
  if (raw === null) return undefined;
  try {
    const url = new URL(raw);
    return ['http:', 'https:', 'blob:'].includes(url.protocol) ? url : 'bad-url';
  } catch {
    return 'bad-url';
  }
}

export async function readFile(file: File): Promise<Fetched> {
  if (file.size > MAX_PDF_BYTES) return { ok: false, problem: 'too-large' };
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export async function fetchPdf(url: URL): Promise<Fetched> {
  try {
    const response = await fetch(url, { credentials: 'include', cache: 'no-store' });
    if (!response.ok) return { ok: false, problem: 'unreachable' };
    if (Number(response.headers.get('content-length') ?? 0) > MAX_PDF_BYTES) return { ok: false, problem: 'too-large' };
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > MAX_PDF_BYTES ? { ok: false, problem: 'too-large' } : { ok: true, bytes };
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
}
