import { expect, test, vi } from 'vitest';
import type { TooltipEntry } from '@/lib/messaging/messages';
import { TooltipEntries } from './tooltip-entries';

const entry = (id: string): TooltipEntry => ({
  id,
  term: id,
  pinyin: '',
  english: id.toUpperCase(),
  englishVerified: true,
  category: 'organization',
  definitionEn: '',
  definitionZh: '',
  related: [],
  corpus: [],
});

const answering = () => vi.fn((ids: string[]) => Promise.resolve(Object.fromEntries(ids.filter((id) => id !== 'unknown').map((id) => [id, entry(id)]))));

test('each entry is asked for once, however many replies name it', async () => {
  const fetch = answering();
  const store = new TooltipEntries(fetch);
  await store.want(['cica', 'sco', 'cica']);
  await store.want(['sco', 'brics']);
  expect(fetch.mock.calls).toEqual([[['cica', 'sco']], [['brics']]]);
  expect(store.get('brics')?.english).toBe('BRICS');
});

test('want() waits for a request already in flight for the same id', async () => {
  let answer!: () => void;
  const fetch = vi.fn((ids: string[]) => new Promise<Record<string, TooltipEntry>>((resolve) => (answer = () => resolve({ [ids[0]!]: entry(ids[0]!) }))));
  const store = new TooltipEntries(fetch);
  void store.want(['cica']);
  const second = store.want(['cica']);
  expect(store.get('cica')).toBeUndefined();
  answer();
  await second;
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(store.get('cica')?.id).toBe('cica');
});

test('an id the background does not know stays absent; a failed request is asked again', async () => {
  const fetch = vi.fn<(ids: string[]) => Promise<Record<string, TooltipEntry>>>().mockRejectedValueOnce(new Error('worker stopped'));
  fetch.mockImplementation(answering());
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const store = new TooltipEntries(fetch);
  await store.want(['cica', 'unknown']);
  expect(store.get('cica')).toBeUndefined();
  expect(warn).toHaveBeenCalledOnce();
  await store.want(['cica', 'unknown']);
  expect(store.get('cica')?.id).toBe('cica');
  expect(store.get('unknown')).toBeUndefined();
  warn.mockRestore();
});

test('an answer that comes after clear() is dropped', async () => {
  let answer!: () => void;
  const fetch = vi.fn(() => new Promise<Record<string, TooltipEntry>>((resolve) => (answer = () => resolve({ cica: entry('cica') }))));
  const store = new TooltipEntries(fetch);
  const wanted = store.want(['cica']);
  store.clear();
  answer();
  await wanted;
  expect(store.get('cica')).toBeUndefined();
});
