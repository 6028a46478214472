// A view named by the URL hash (#entry=…, #compare=…): set by plain links through the hash,
// cleared by the panel's own back button.
import { useCallback, useEffect, useState } from 'react';

export function useHashRoute<T>(parse: (hash: string) => T | undefined): [T | undefined, () => void] {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [parse]);
  // The reader's target can replace the hash without a hashchange event, so leaving is explicit.
  const leave = useCallback(() => {
    history.replaceState(null, '', '#');
    setRoute(undefined);
  }, []);
  return [route, leave];
}
