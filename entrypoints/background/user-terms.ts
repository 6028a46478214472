// The reader's terms as the background's matchers see them: read from storage.local when
// first needed, and forgotten on every change so the next page gets the new list.
import { browser } from 'wxt/browser';
import { loadUserTerms, USER_TERMS_KEY } from '@/lib/user-terms/store';
import type { UserTerm } from '@/lib/user-terms/schema';

let terms: Promise<UserTerm[]> | undefined;
const listeners: (() => void)[] = [];

export function currentUserTerms(): Promise<UserTerm[]> {
  terms ??= loadUserTerms().catch((err: unknown) => {
    console.warn('[Treaty Lens] my terms could not be read', err);
    terms = undefined;
    return [];
  });
  return terms;
}

/** Calls `forget` whenever the stored list changes (from the side panel, in any window). */
export function onUserTermsChanged(forget: () => void): void {
  listeners.push(forget);
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(USER_TERMS_KEY in changes)) return;
  terms = undefined;
  for (const forget of listeners) forget();
});
