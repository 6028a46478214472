import { expect, test } from 'vitest';
import { corpus } from '../corpus/data';
import { glossary } from './data';
import { buildTooltipEntries } from './tooltip-entry';

const entries = buildTooltipEntries(glossary, corpus);

test('a card entry carries the Russian and Kazakh renderings with their sources, and the Russian definition', () => {
  const sco = entries.get('sco')!;
  expect(sco.ru).toMatchObject({ text: 'Шанхайская организация сотрудничества (ШОС)', verified: true });
  expect(sco.ru?.source).toContain('sectsco');
  expect(sco.kk).toMatchObject({ text: 'Шанхай ынтымақтастық ұйымы', verified: true });
  expect(sco.definitionRu).toMatch(/^Постоянно действующая/);
});

test('a rendering without a source travels as unverified; an entry without one has none', () => {
  const compiled = new Map(glossary.entries.map((e) => [e.id, e]));
  for (const [id, entry] of entries) {
    const e = compiled.get(id)!;
    expect(entry.ru === undefined).toBe(!e.ru);
    if (entry.ru) expect(entry.ru.verified).toBe(Boolean(e.ruVerified && e.ruSource));
    if (entry.kk && !entry.kk.verified) expect(entry.kk.source).toBeUndefined();
  }
});

test('a relationship formula with related wordings can show how it changed; a place cannot', () => {
  expect(entries.get('comprehensive-strategic-partnership')?.formula).toBe(true);
  expect(entries.get('astana')?.formula).toBeUndefined();
});
