// Hash links inside the panel (#doc=…&p=…, #entry=…): plain anchors, so they are keyboard-
// and history-friendly; use-panel-target and use-entry-route pick them up on hashchange.
import { entryToHash, targetToHash } from '@/lib/panel/target';

export function docHref(docId: string, paraId?: string): string {
  return `#${targetToHash({ docId, paraId })}`;
}

export function entryHref(entryId: string): string {
  return `#${entryToHash({ entryId })}`;
}

export function entryFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('entry') ?? undefined;
}

/** The Compare view: documents (#compare=a,b), or one formula's history (#formula=entry). */
export type CompareRoute = { kind: 'compare'; docIds: string[] } | { kind: 'formula'; entryId: string };

export function compareHref(docIds: readonly string[]): string {
  return `#${new URLSearchParams({ compare: docIds.join(',') }).toString()}`;
}

export function formulaHref(entryId: string): string {
  return `#${entryToHash({ entryId, view: 'formula' })}`;
}

export function compareRouteFromHash(hash: string): CompareRoute | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const formula = params.get('formula');
  if (formula) return { kind: 'formula', entryId: formula };
  const compare = params.get('compare');
  if (compare === null) return undefined;
  return { kind: 'compare', docIds: compare.split(',').filter((id) => id !== '') };
}
