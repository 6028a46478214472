// The toolbar badge: how many terms the tab's page has, or that the site is off.
import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/messaging/messages';

export function badgeText(state: PageState): string {
  if (state.verdict === 'off') return 'off';
  if (state.terms === 0) return '';
  return state.terms > 999 ? '999+' : String(state.terms);
}

export async function showBadge(tabId: number, state: PageState): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(state) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: state.verdict === 'off' ? '#6b7785' : '#0b57d0' });
}
