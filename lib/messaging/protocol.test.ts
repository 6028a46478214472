// The send helpers: a message is checked before it leaves, a reply where it arrives; a
// malformed reply is warned about and refused, never passed on.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MalformedReply, sendToExtension, sendToTab } from './protocol';

const entry = { id: 'cica', term: '亚信', pinyin: 'Yàxìn', english: 'CICA', englishVerified: true, category: 'organization', definitionEn: '', definitionZh: '', related: [], corpus: [] };

/** The browser's reply, whatever it is: sendMessage is typed as answering nothing. */
const answer = (reply: unknown) => reply as void;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

test('a well-formed annotate reply comes back typed', async () => {
  const reply = { ok: true, ids: ['cica'], categories: ['organization'], spans: [0, 0, 2] };
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer(reply));
  expect(await sendToExtension({ type: 'annotate', text: '亚信', pageRelated: true, stage: 'settled' })).toEqual(reply);
});

test('malformed and oversized replies are warned about and refused', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const categories = ['organization'];
  for (const reply of [
    undefined,
    { ok: true, ids: ['cica'], categories, spans: [0, -5, 2] },
    { ok: true, ids: ['cica'], categories, spans: [0, 0, 2.5] },
    { ok: true, ids: ['cica'], categories, spans: [1, 0, 2] },
    { ok: true, ids: ['cica'], categories, spans: [0, 0] },
    { ok: true, ids: ['cica'], categories, spans: '0,0,2' },
    { ok: true, ids: ['cica'], categories: [], spans: [0, 0, 2] },
    { ok: true, ids: ['cica'], categories: [7], spans: [0, 0, 2] },
    { ok: true, ids: ['cica'], spans: [0, 0, 2] },
    { ok: 'yes' },
  ]) {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer(reply));
    await expect(sendToExtension({ type: 'annotate', text: '亚信', pageRelated: true, stage: 'settled' }), JSON.stringify(reply)).rejects.toBeInstanceOf(MalformedReply);
  }
  expect(warn).toHaveBeenCalledTimes(10);
  expect(warn).toHaveBeenLastCalledWith('[Treaty Lens] rejected a malformed reply to annotate');
});

test('a detect reply with fast matches comes back typed; malformed matches refuse it', async () => {
  const verdict = { related: true, score: 5, reasons: [] };
  const fast = { ok: true, ids: ['cica'], categories: ['organization'], spans: [0, 0, 2] };
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer({ ok: true, verdict, fast }));
  const request = { type: 'detect', title: '', text: '亚信', truncated: false, fast: 'if-related' } as const;
  expect(await sendToExtension(request)).toEqual({ ok: true, verdict, fast });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const bad of [{ ...fast, spans: [1, 0, 2] }, { ...fast, categories: [] }, { ...fast, ok: false }]) {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer({ ok: true, verdict, fast: bad }));
    await expect(sendToExtension(request), JSON.stringify(bad)).rejects.toBeInstanceOf(MalformedReply);
  }
  expect(warn).toHaveBeenCalledTimes(3);
});

test('tooltip entries come back typed; a malformed or oversized entry refuses the reply', async () => {
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer({ entries: { cica: entry } }));
  expect(await sendToExtension({ type: 'tooltip-entries', ids: ['cica'] })).toEqual({ entries: { cica: entry } });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const reply of [undefined, { entries: { cica: { id: 'cica' } } }, { entries: { cica: { ...entry, definitionEn: 'x'.repeat(10_001) } } }, { entries: [entry] }]) {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer(reply));
    await expect(sendToExtension({ type: 'tooltip-entries', ids: ['cica'] }), JSON.stringify(reply)).rejects.toBeInstanceOf(MalformedReply);
  }
  expect(warn).toHaveBeenCalledTimes(4);
});

test('a malformed message is not sent at all', async () => {
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(answer(true));
  await expect(sendToTab(1, { type: 'reveal-term', entryId: 'e'.repeat(201) })).rejects.toThrow(/malformed reveal-term/);
  expect(send).not.toHaveBeenCalled();
  expect(await sendToTab(1, { type: 'reveal-term', entryId: 'cica' })).toBe(true);
});
