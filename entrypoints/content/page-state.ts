// The page's state, published on <html> for automation and user styles (a stable contract):
// data-treaty-lens="related|unrelated|off" and data-treaty-lens-terms="N".
import type { PageState } from '@/lib/messaging/messages';

export function publishState(verdict: PageState['verdict'], terms: number): void {
  const html = document.documentElement;
  html.setAttribute('data-treaty-lens', verdict);
  html.setAttribute('data-treaty-lens-terms', String(terms));
}
