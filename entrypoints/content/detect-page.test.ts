import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { detect } from '@/lib/detect';
import { extractMainText } from '@/lib/extract/main-text';
import { detectPage } from './detect-page';

const FIXTURES = 'tests/fixtures/pages';

test('the shortcuts decide every fixture page as main-text detection does', () => {
  let shortcuts = 0;
  for (const kind of ['related', 'unrelated']) {
    for (const file of readdirSync(join(FIXTURES, kind))) {
      const { document: doc } = parseHTML(readFileSync(join(FIXTURES, kind, file), 'utf8'));
      const pageText = doc.body?.textContent ?? '';
      const full = detect(extractMainText(doc));
      const fast = detectPage(doc, pageText);
      if (fast.reasons.join() !== full.reasons.join()) shortcuts++;
      expect(fast.related, `${kind}/${file}: shortcut ${fast.score}, main text ${full.score}`).toBe(full.related);
      expect(fast.related, `${kind}/${file}`).toBe(kind === 'related');
    }
  }
  expect(shortcuts).toBeGreaterThan(5); // the score-0 shortcut is really taken
});
