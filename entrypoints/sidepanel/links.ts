// Hash links inside the panel (#doc=…&p=…, #entry=…): plain anchors, so they are keyboard-
// and history-friendly; use-panel-target and use-entry-route pick them up on hashchange.
import { targetToHash } from '@/lib/panel/target';

export function docHref(docId: string, paraId?: string): string {
  return `#${targetToHash({ docId, paraId })}`;
}

export function entryHref(entryId: string): string {
  return `#${new URLSearchParams({ entry: entryId }).toString()}`;
}

export function entryFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('entry') ?? undefined;
}
