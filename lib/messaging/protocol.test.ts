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
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer({ ok: true, ids: ['cica'], spans: [0, 0, 2], entries: { cica: entry } }));
  expect(await sendToExtension({ type: 'annotate', text: '亚信', pageRelated: true, stage: 'settled' })).toEqual({ ok: true, ids: ['cica'], spans: [0, 0, 2], entries: { cica: entry } });
});

test('malformed and oversized replies are warned about and refused', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const reply of [
    undefined,
    { ok: true, ids: ['cica'], spans: [0, -5, 2], entries: {} },
    { ok: true, ids: ['cica'], spans: [0, 0, 2.5], entries: {} },
    { ok: true, ids: ['cica'], spans: [1, 0, 2], entries: {} },
    { ok: true, ids: ['cica'], spans: [0, 0], entries: {} },
    { ok: true, ids: ['cica'], spans: '0,0,2', entries: {} },
    { ok: true, ids: [], spans: [], entries: { cica: { id: 'cica' } } },
    { ok: true, ids: [], spans: [], entries: { cica: { ...entry, definitionEn: 'x'.repeat(10_001) } } },
    { ok: 'yes' },
  ]) {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer(reply));
    await expect(sendToExtension({ type: 'annotate', text: '亚信', pageRelated: true, stage: 'settled' }), JSON.stringify(reply)).rejects.toBeInstanceOf(MalformedReply);
  }
  expect(warn).toHaveBeenCalledTimes(9);
  expect(warn).toHaveBeenLastCalledWith('[Treaty Lens] rejected a malformed reply to annotate');
});

test('a malformed message is not sent at all', async () => {
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(answer(true));
  await expect(sendToTab(1, { type: 'reveal-term', entryId: 'e'.repeat(201) })).rejects.toThrow(/malformed reveal-term/);
  expect(send).not.toHaveBeenCalled();
  expect(await sendToTab(1, { type: 'reveal-term', entryId: 'cica' })).toBe(true);
});
