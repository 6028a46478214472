// The page's state goes to the extension only (the badge, the popup and panel, and
// automation through the worker's treatyLens.pageStates()): nothing of it is written
// where the page could read it. Every page reports, unrelated and off ones too, once per
// verdict, term count and address; the background keeps it and never wakes the segmenter for it.
import type { PageState } from '@/lib/messaging/messages';
import { sendToExtension } from '@/lib/messaging/protocol';

export interface StateReporter {
  report(state: PageState): void;
  /** The next report goes out even if it says what the last one said. */
  forget(): void;
}

export function createStateReporter(): StateReporter {
  let last = '';
  return {
    report(state) {
      const url = location.href;
      const key = `${state.verdict}:${state.terms}:${state.found.length}:${url}`;
      if (key === last) return;
      last = key;
      sendToExtension({ type: 'page-state', url, state }).catch(() => undefined);
    },
    forget() {
      last = '';
    },
  };
}
