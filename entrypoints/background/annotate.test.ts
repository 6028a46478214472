import { expect, test } from 'vitest';
import { titleEntryId } from '@/lib/glossary/agreement-titles';
import { annotate, tooltipEntriesFor } from './annotate';

const TEXT = '中哈两国元首在亚信峰会期间会晤，重申共同打击“三股势力”，签署了《中哈两国关于数字经济合作的谅解备忘录》。';

test('an annotate reply names each entry once with its category, and carries no cards', async () => {
  const reply = await annotate({ type: 'annotate', text: TEXT, pageRelated: true, stage: 'fast' });
  if (!reply.ok) throw new Error(reply.error);
  expect(Object.keys(reply)).toEqual(['ok', 'ids', 'categories', 'spans']);
  const title = titleEntryId('中哈两国关于数字经济合作的谅解备忘录');
  expect(reply.ids).toContain('cica-summit');
  expect(reply.ids).toContain(title);
  expect(reply.categories[reply.ids.indexOf('cica-summit')]).toBe('organization');
  expect(reply.categories[reply.ids.indexOf('three-evil-forces')]).toBe('security');
  expect(reply.categories[reply.ids.indexOf(title)]).toBe('agreement-title');
});

test("the cards' entries come for the ids a reply named, a title's included; unknown ids are left out", async () => {
  const reply = await annotate({ type: 'annotate', text: TEXT, pageRelated: true, stage: 'fast' });
  if (!reply.ok) throw new Error(reply.error);
  const { entries } = await tooltipEntriesFor({ type: 'tooltip-entries', ids: [...reply.ids, 'no-such-entry', 'title:不是文件的书名'] });
  expect(Object.keys(entries).sort()).toEqual([...reply.ids].sort());
  expect(entries['three-evil-forces']?.english).toMatch(/terrorism, separatism and extremism/);
  const title = entries[titleEntryId('中哈两国关于数字经济合作的谅解备忘录')];
  expect(title?.titleKind).toBe('memorandum-of-understanding');
  expect(reply.ids.map((id) => entries[id]!.category)).toEqual(reply.categories);
});
