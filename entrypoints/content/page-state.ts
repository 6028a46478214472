// The page's state, published on <html> for automation and user styles (a stable contract):
// data-treaty-lens="related|unrelated|off" and data-treaty-lens-terms="N".
import type { PageVerdict } from '@/lib/settings/settings';

export function publishState(verdict: PageVerdict, terms: number): void {
  const html = document.documentElement;
  html.setAttribute('data-treaty-lens', verdict);
  html.setAttribute('data-treaty-lens-terms', String(terms));
}
