// The panel's current target: from the URL hash (a deep link, or the tab fallback) and
// from storage.session (a tooltip link while the panel is already open). A stored glossary
// entry (the card's link to it) becomes the #entry=… (or #formula=…) route, and leaves the reader.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { entryToHash, PANEL_TARGET_KEY, parseEntryTarget, parseTarget, targetFromHash, targetToHash, type PanelTarget } from '@/lib/panel/target';

export function usePanelTarget(): [PanelTarget | undefined, (t: PanelTarget | undefined) => void] {
  const [target, setTarget] = useState<PanelTarget | undefined>(() => targetFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setTarget(targetFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    if (!targetFromHash(location.hash)) {
      void browser.storage.session.get(PANEL_TARGET_KEY).then((got) => {
        const t = parseTarget(got[PANEL_TARGET_KEY]);
        const entry = parseEntryTarget(got[PANEL_TARGET_KEY]);
        if (t) setTarget(t);
        else if (entry && !location.hash.replace('#', '')) location.hash = entryToHash(entry);
      });
    }
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const stored = area === 'session' ? changes[PANEL_TARGET_KEY]?.newValue : undefined;
      const t = parseTarget(stored);
      const entry = parseEntryTarget(stored);
      if (entry) {
        // A hashchange: the entry (or formula) route follows it.
        setTarget(undefined);
        location.hash = entryToHash(entry);
      }
      // The hash follows, so that a link back to the previous document still changes it.
      if (t) {
        history.replaceState(null, '', `#${targetToHash(t)}`);
        setTarget(t);
      }
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      window.removeEventListener('hashchange', onHash);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  const go = (t: PanelTarget | undefined) => {
    history.replaceState(null, '', t ? `#${targetToHash(t)}` : '#');
    setTarget(t);
  };
  return [target, go];
}
