// The glossary entry the panel shows (#entry=ID): set by plain links through the hash,
// cleared by the panel's own back button.
import { useCallback, useEffect, useState } from 'react';
import { entryFromHash } from './links';

export function useEntryRoute(): [string | undefined, () => void] {
  const [entryId, setEntryId] = useState(() => entryFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setEntryId(entryFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // The reader's target can replace the hash without a hashchange event, so leaving is explicit.
  const leave = useCallback(() => {
    history.replaceState(null, '', '#');
    setEntryId(undefined);
  }, []);
  return [entryId, leave];
}
