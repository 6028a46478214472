// The page-feel pages must be what their keys say (sizes, one text node, the page's own
// scripts) and be judged related, or the bench would time the wrong thing.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../lib/corpus/data';
import { detect } from '../../lib/detect';
import { animationPage, hugeTextNodePage, MUTATING_BLOCK_CHARS, mutatingBlockPage } from './stress-pages';

const related = (html: string) => {
  const { document } = parseHTML(html);
  return detect({ title: document.title, text: document.body.textContent ?? '' }).related;
};

describe('page-feel pages', () => {
  it('animation page: 150,000 characters of related text and a box animated by its own CSS', () => {
    const page = animationPage(corpus);
    expect(page.text.replace(/\n/g, '').length).toBeGreaterThanOrEqual(150_000);
    expect(page.html).toMatch(/#bench-animation \{[^}]*animation: bench-slide/);
    expect(page.html).toContain('<div id="bench-animation"');
    expect(related(page.html)).toBe(true);
  });

  it('huge text node page: at least 2 MiB of corpus text in one element, with the page timer', () => {
    const page = hugeTextNodePage(corpus);
    expect(Buffer.byteLength(page.text)).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    const { document } = parseHTML(page.html);
    const huge = document.getElementById('huge');
    expect(huge?.childNodes.length).toBe(1);
    expect(huge?.textContent).toBe(page.text);
    expect(page.html).toContain('setInterval(');
    expect(related(page.html)).toBe(true);
  });

  it('mutating block page: a 5,000-character related block and the script that rewrites it', () => {
    const page = mutatingBlockPage(corpus);
    const { document } = parseHTML(page.html);
    expect(document.getElementById('live')?.textContent?.length).toBe(MUTATING_BLOCK_CHARS);
    // The pool of text is inside the one script, which it cannot close early.
    expect(page.html.match(/<\/script>/g)).toHaveLength(1);
    expect(document.querySelector('script')?.textContent).toContain('window.benchMutate = ');
    expect(related(page.html)).toBe(true);
  });

  it('is the same page on every run (seeded)', () => {
    expect(hugeTextNodePage(corpus).html).toBe(hugeTextNodePage(corpus).html);
    expect(mutatingBlockPage(corpus).html).toBe(mutatingBlockPage(corpus).html);
  });
});
