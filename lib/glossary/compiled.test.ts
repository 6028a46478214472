import { describe, expect, test } from 'vitest';
import { userEntryId } from '@/lib/user-terms/schema';
import { titleEntryId } from './agreement-titles';
import { isGlossaryEntryId } from './compiled';
import { glossary } from './data';

describe('isGlossaryEntryId', () => {
  test("every glossary entry's id is one", () => {
    expect(glossary.entries.filter((e) => !isGlossaryEntryId(e.id))).toEqual([]);
  });

  test("a reader's term and a cited title are not", () => {
    expect(isGlossaryEntryId(userEntryId('data-corridor'))).toBe(false);
    expect(isGlossaryEntryId(titleEntryId('中哈跨境数据合作的谅解备忘录'))).toBe(false);
  });
});
