// The followed tab's address, where the browser tells it: with activeTab, after the reader
// clicked the toolbar button (the popup's usual way in); otherwise undefined, since the
// extension has no tabs permission.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export function useTabAddress(tabId: number | undefined): string | undefined {
  const [known, setKnown] = useState<{ tabId: number; url: string | undefined }>();
  useEffect(() => {
    if (tabId === undefined) return;
    let current = true;
    browser.tabs.get(tabId).then(
      (tab) => current && setKnown({ tabId, url: tab.url }),
      () => undefined, // closed meanwhile: no address
    );
    return () => {
      current = false;
    };
  }, [tabId]);
  // An answer about a tab no longer followed is no answer.
  return known !== undefined && known.tabId === tabId ? known.url : undefined;
}
