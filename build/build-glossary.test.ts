import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildGlossaryJson, GLOSSARY_OUT } from './build-glossary';

test('the checked-in compiled glossary is what the sources build (run npm run data)', () => {
  expect(buildGlossaryJson()).toBe(readFileSync(GLOSSARY_OUT, 'utf8'));
});
