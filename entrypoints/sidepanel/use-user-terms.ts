// My terms in the panel: read from storage.local, kept in step with it (another window's
// panel may change them), changed only by writing the whole list.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { UserTerm } from '@/lib/user-terms/schema';
import { loadUserTerms, readUserTerms, saveUserTerms, USER_TERMS_KEY } from '@/lib/user-terms/store';

export interface UserTerms {
  /** undefined until loaded. */
  terms: UserTerm[] | undefined;
  /** Stores the new list; the state follows from storage's change event. */
  save(next: readonly UserTerm[]): Promise<void>;
}

export function useUserTerms(): UserTerms {
  const [terms, setTerms] = useState<UserTerm[]>();

  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && USER_TERMS_KEY in changes) setTerms(readUserTerms(changes[USER_TERMS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    loadUserTerms().then(setTerms, () => setTerms([]));
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const save = useCallback(async (next: readonly UserTerm[]) => {
    await saveUserTerms(next);
    setTerms([...next]);
  }, []);

  return { terms, save };
}
