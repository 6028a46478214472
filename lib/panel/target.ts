// Where the side panel should go: a corpus document and paragraph, or a glossary entry (the
// card's link). Carried in the panel's URL hash (#doc=…&p=…, #entry=…) and, for a panel that
// is already open, in storage.session.
export const PANEL_TARGET_KEY = 'panelTarget';

export interface PanelTarget {
  docId: string;
  paraId?: string | undefined;
}

export function panelUrl(target: PanelTarget): `/sidepanel.html${string}` {
  return `/sidepanel.html#${targetToHash(target)}`;
}

export function targetToHash(target: PanelTarget): string {
  const params = new URLSearchParams({ doc: target.docId });
  if (target.paraId) params.set('p', target.paraId);
  return params.toString();
}

export function targetFromHash(hash: string): PanelTarget | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docId = params.get('doc');
  if (!docId) return undefined;
  return { docId, paraId: params.get('p') ?? undefined };
}

export function entryToHash(entryId: string): string {
  return new URLSearchParams({ entry: entryId }).toString();
}

export function entryPanelUrl(entryId: string): `/sidepanel.html${string}` {
  return `/sidepanel.html#${entryToHash(entryId)}`;
}

/** A stored target that names a glossary entry: its id. */
export function parseEntryTarget(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { entryId } = raw as Record<string, unknown>;
  return typeof entryId === 'string' && entryId !== '' ? entryId : undefined;
}

export function parseTarget(raw: unknown): PanelTarget | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { docId, paraId } = raw as Record<string, unknown>;
  if (typeof docId !== 'string' || docId === '') return undefined;
  return { docId, paraId: typeof paraId === 'string' ? paraId : undefined };
}
