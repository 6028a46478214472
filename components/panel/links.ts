// Hash links inside the panel (#doc=…&p=…): plain anchors, so they are keyboard- and
// history-friendly, and use-panel-target picks them up on hashchange.
import { targetToHash } from '@/lib/panel/target';

export function docHref(docId: string, paraId?: string): string {
  return `#${targetToHash({ docId, paraId })}`;
}
