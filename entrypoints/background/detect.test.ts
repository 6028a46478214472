import { expect, test } from 'vitest';
import { corpus } from '@/lib/corpus/data';
import { detectText } from './detect';

const doc = corpus.documents[0]!;
const RELATED = { title: doc.title, text: doc.paragraphs.map((p) => p.text).join('\n') };
const UNRELATED = { title: '本周天气', text: '周末多云转晴，气温回升，适合出游。'.repeat(40) };

const detect = (page: { title: string; text: string }, fast?: 'if-related' | 'always') =>
  detectText({ type: 'detect', ...page, truncated: false, ...(fast ? { fast } : {}) });

test('a related page asked with if-related gets its fast matches with the verdict, in the annotate form', async () => {
  const reply = await detect(RELATED, 'if-related');
  if (!reply.ok || !('verdict' in reply)) throw new Error(JSON.stringify(reply));
  expect(reply.verdict.related).toBe(true);
  expect(reply.fast?.ids.length).toBeGreaterThan(3);
  expect(reply.fast?.categories).toHaveLength(reply.fast!.ids.length);
  expect(reply.fast!.spans.length).toBeGreaterThan(3 * reply.fast!.ids.length - 1);
});

test('no matches come unasked, nor for an unrelated page unless always', async () => {
  const plain = await detect(RELATED);
  expect('verdict' in plain && plain.fast).toBeFalsy();
  const unrelated = await detect(UNRELATED, 'if-related');
  if (!unrelated.ok || !('verdict' in unrelated)) throw new Error(JSON.stringify(unrelated));
  expect(unrelated.verdict.related).toBe(false);
  expect(unrelated.fast).toBeUndefined();
  const always = await detect(UNRELATED, 'always');
  expect('verdict' in always && always.fast?.ok).toBe(true);
});
