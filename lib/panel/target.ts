// Where the side panel should go: a corpus document and paragraph, or a glossary entry or its
// formula's history (the card's links). Carried in the panel's URL hash (#doc=…&p=…, #entry=…,
// #formula=…) and, for a panel that
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

/** A glossary entry's page, or the history of its formula in the Compare view (the card's links). */
export interface EntryTarget {
  entryId: string;
  view?: 'formula' | undefined;
}

export function entryToHash({ entryId, view }: EntryTarget): string {
  return new URLSearchParams(view === 'formula' ? { formula: entryId } : { entry: entryId }).toString();
}

export function entryPanelUrl(target: EntryTarget): `/sidepanel.html${string}` {
  return `/sidepanel.html#${entryToHash(target)}`;
}

/** A stored target that names a glossary entry: the entry and the view of it. */
export function parseEntryTarget(raw: unknown): EntryTarget | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { entryId, view } = raw as Record<string, unknown>;
  if (typeof entryId !== 'string' || entryId === '') return undefined;
  return view === 'formula' ? { entryId, view } : { entryId };
}

export function parseTarget(raw: unknown): PanelTarget | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { docId, paraId } = raw as Record<string, unknown>;
  if (typeof docId !== 'string' || docId === '') return undefined;
  return { docId, paraId: typeof paraId === 'string' ? paraId : undefined };
}
