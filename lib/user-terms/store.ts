// My terms in storage.local, as one item: the background reads it when it builds its
// matcher and hears every change (storage.onChanged) to rebuild it; a write replaces the
// list whole, so a change is never half stored. (IndexedDB would need a message of our own
// to tell the background; the list is small, well under storage.local's 10 MB.)
import { browser } from 'wxt/browser';
import { UserTermListSchema, type UserTerm } from './schema';

export const USER_TERMS_KEY = 'userTerms';

/** The stored list; an unreadable one is reported and read as empty, never thrown. */
export function readUserTerms(raw: unknown): UserTerm[] {
  if (raw === undefined) return [];
  const parsed = UserTermListSchema.safeParse(raw);
  if (!parsed.success) console.warn('[Treaty Lens] my terms could not be read:', parsed.error.issues[0]?.message);
  return parsed.success ? parsed.data : [];
}

export async function loadUserTerms(): Promise<UserTerm[]> {
  const items = await browser.storage.local.get(USER_TERMS_KEY);
  return readUserTerms(items[USER_TERMS_KEY]);
}

export async function saveUserTerms(terms: readonly UserTerm[]): Promise<void> {
  await browser.storage.local.set({ [USER_TERMS_KEY]: UserTermListSchema.parse(terms) });
}
