// The glossary entry the panel shows (#entry=ID).
import { entryFromHash } from './links';
import { useHashRoute } from './use-hash-route';

export function useEntryRoute(): [string | undefined, () => void] {
  return useHashRoute(entryFromHash);
}
