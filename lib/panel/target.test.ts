import { expect, test } from 'vitest';
import { entryPanelUrl, parseEntryTarget } from './target';

test("a card's entry link and its formula link go to different routes of the panel", () => {
  expect(entryPanelUrl({ entryId: 'cica' })).toBe('/sidepanel.html#entry=cica');
  expect(entryPanelUrl({ entryId: 'strategic-partnership', view: 'formula' })).toBe('/sidepanel.html#formula=strategic-partnership');
});

test('a stored entry target keeps a known view and drops anything else', () => {
  expect(parseEntryTarget({ entryId: 'cica', at: 1 })).toEqual({ entryId: 'cica' });
  expect(parseEntryTarget({ entryId: 'cica', view: 'formula' })).toEqual({ entryId: 'cica', view: 'formula' });
  expect(parseEntryTarget({ entryId: 'cica', view: 'javascript:alert(1)' })).toEqual({ entryId: 'cica' });
  expect(parseEntryTarget({ entryId: '' })).toBeUndefined();
  expect(parseEntryTarget('cica')).toBeUndefined();
});
