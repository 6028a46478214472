import { expect, test } from 'vitest';
import { insideCluster } from './grapheme';

test('offsets before attached marks, joiners, selectors and modifiers are inside a cluster', () => {
  expect(insideCluster('亚信\u0301', 2)).toBe(true); // combining acute
  expect(insideCluster('亚信\u200d😀', 2)).toBe(true); // zero-width joiner
  expect(insideCluster('亚信\ufe0f', 2)).toBe(true); // variation selector 16
  expect(insideCluster('亚信\udb40\udd00', 2)).toBe(true); // variation selector 17 (astral)
  expect(insideCluster('👍\u{1f3fd}', 2)).toBe(true); // emoji modifier
  expect(insideCluster('क\u093e', 1)).toBe(true); // spacing mark
  expect(insideCluster('𠀀', 1)).toBe(true); // between surrogates
});

test('ordinary boundaries are not', () => {
  for (const [text, at] of [['亚信，', 2], ['亚信', 2], ['亚信', 0], ['x\u200d亚信', 2], ['😀亚信', 2], ['亚信 e\u0301', 2]] as const) {
    expect(insideCluster(text, at), `${text} @${at}`).toBe(false);
  }
});
